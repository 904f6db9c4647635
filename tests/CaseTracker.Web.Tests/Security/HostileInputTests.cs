using AngleSharp.Html.Dom;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Security;

/// <summary>No input produces a 500: every form of every page, every field filled with something hostile.</summary>
public class HostileInputTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] HostileValues =
    [
        new string('x', 25_000),
        "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>",
        "'; DROP TABLE cases; --",
        "nul\0byte",
        "مدافع حقوق الإنسان \u202Eright-to-left 🙂🙂",
        "00000000-0000-0000-0000-000000000000",
        "-1",
        "99999999999999999999",
        "2019-02-31",
        "%_\\",
    ];

    private async Task<List<string>> FormPagesAsync()
    {
        var caseId = await app.Factory.CaseIdAsync("KG-2020-003");
        var incident = await app.Factory.QueryAsync(db => db.Incidents.Where(i => i.CaseId == caseId).Select(i => i.Id).FirstAsync());
        var complaint = await app.Factory.QueryAsync(db => db.Complaints.Where(c => c.CaseId == caseId).Select(c => c.Id).FirstAsync());
        var response = await app.Factory.QueryAsync(db => db.Responses.Select(r => r.Id).FirstAsync());
        var source = await app.Factory.QueryAsync(db => db.Sources.Where(s => s.CaseId == caseId).Select(s => s.Id).FirstAsync());
        var person = await app.Factory.QueryAsync(db => db.Persons.Select(p => p.Id).FirstAsync());
        var institution = await app.Factory.QueryAsync(db => db.Institutions.Select(i => i.Id).FirstAsync());
        var term = await app.Factory.QueryAsync(db => db.VocabularyTerms.Select(t => t.Id).FirstAsync());
        var reportCase = await app.Factory.CaseIdAsync("KZ-2022-019");
        var act = await app.Factory.QueryAsync(db => db.Acts.Where(a => a.CaseId == reportCase).Select(a => a.Id).FirstAsync());
        var proceeding = await app.Factory.QueryAsync(db => db.Proceedings.Where(p => p.CaseId == reportCase).Select(p => p.Id).FirstAsync());
        var step = await app.Factory.QueryAsync(db => db.ProceedingSteps.Where(s => s.ProceedingId == proceeding).Select(s => s.Id).FirstAsync());
        return
        [
            $"/Acts/Create/{reportCase}", $"/Acts/Edit/{act}", $"/Proceedings/Create/{reportCase}", $"/Proceedings/Edit/{proceeding}",
            $"/Steps/Create/{proceeding}", $"/Steps/Edit/{step}",
            "/Cases/Create", $"/Cases/Edit/{caseId}", $"/Incidents/Create/{caseId}", $"/Incidents/Edit/{incident}",
            $"/Complaints/Create/{caseId}", $"/Complaints/Edit/{complaint}", $"/Responses/Create/{complaint}", $"/Responses/Edit/{response}",
            $"/Sources/Create/{caseId}", $"/Sources/Edit/{source}", $"/People/Create/{caseId}", $"/People/Edit/{person}",
            "/Organisations/Edit", "/Institutions/Edit", $"/Institutions/Edit/{institution}", $"/Vocabularies/Edit/{term}",
            "/Vocabularies/Edit?vocabulary=IncidentType", $"/Records/Archive/incident/{incident}", "/Cases", "/People",
        ];
    }

    [Fact]
    public async Task Every_form_answers_hostile_input_without_a_server_error()
    {
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var failures = new List<string>();
        foreach (var url in await FormPagesAsync())
        {
            foreach (var hostile in HostileValues)
            {
                using var get = await client.GetAsync(new Uri(url, UriKind.Relative));
                if (get.StatusCode == System.Net.HttpStatusCode.NotFound)
                {
                    break; // an earlier value was accepted: the record is archived and its page is gone
                }

                var page = await HtmlPages.ReadAsync(get);
                var form = page.QuerySelector<IHtmlFormElement>("main form")!;
                var values = form.Elements.OfType<IHtmlElement>()
                    .Select(e => e.GetAttribute("name"))
                    .Where(n => n is not null && n != "__RequestVerificationToken")
                    .Distinct()
                    .ToDictionary(n => n!, _ => hostile);
                ForgeOptions(form, hostile);
                using var response = await client.SubmitAsync(page, values.Where(v => !IsChoice(form, v.Key)).ToDictionary(), "main form");
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{url} with {hostile[..Math.Min(20, hostile.Length)]}: {(int)response.StatusCode}");
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/Cases?q=%00&status=%00&after=%00")]
    [InlineData("/People?q=%00&afterName=%00&afterId=nonsense")]
    [InlineData("/Cases/Details/not-a-guid")]
    [InlineData("/dates/read?text=%00%00")]
    public async Task Hostile_query_strings_do_not_cause_a_server_error(string url)
    {
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Admin);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        ((int)response.StatusCode).ShouldBeLessThan(500, url);
    }

    // Select lists and checkboxes get a forged value (an option that is not offered) instead of text.
    private static bool IsChoice(IHtmlFormElement form, string name) =>
        form.Elements.Any(e => e.GetAttribute("name") == name && (e is IHtmlSelectElement || (e is IHtmlInputElement i && i.Type is "checkbox" or "hidden")));

    private static void ForgeOptions(IHtmlFormElement form, string hostile)
    {
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>())
        {
            var forged = (IHtmlOptionElement)select.Owner!.CreateElement("option");
            forged.Value = hostile;
            select.AppendChild(forged);
            select.Value = hostile;
        }

        foreach (var box in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "checkbox"))
        {
            box.Value = hostile;
            box.IsChecked = true;
        }
    }
}
