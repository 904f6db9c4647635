using System.Text.Json;
using CaseTracker.Domain.Cases;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Acts;

/// <summary>
/// What an institution did on its own, entered through the real form: refused next to each field when
/// incomplete (nothing typed is lost, nothing saved), then shown on the case page, the timeline (its own
/// lane and kind, its exports and API), the case JSON, search and statistics; audited; and invisible with
/// its case to a reader who may not see that case.
/// </summary>
public sealed class InstitutionalActTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task An_act_is_refused_next_to_each_missing_field_then_reaches_every_view()
    {
        var (caseId, institution, detentionId, personId, sourceId) = await ArrangeAsync("Acts fixture", Sensitivity.Standard);
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);

        var form = await caseworker.GetPageAsync($"/Acts/Create/{caseId}");
        using var refused = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Date"] = "31 February 2021",
            ["Input.Summary"] = "Opened a criminal case under the article on torture",
        });
        var refusal = await HtmlPages.ReadAsync(refused);
        refusal.QuerySelector("#institution-error")!.TextContent.ShouldBe("Choose the institution that acted.");
        refusal.QuerySelector("#kind-error")!.TextContent.ShouldBe("Choose what the institution did.");
        refusal.QuerySelector("#Input_Date_error")!.TextContent.ShouldBe("That day does not exist in that month.");
        refusal.QuerySelector("#Input_Summary")!.TextContent.ShouldBe("Opened a criminal case under the article on torture", "nothing typed is lost");
        (await app.Factory.QueryAsync(db => db.Acts.CountAsync(a => a.CaseId == caseId))).ShouldBe(0);

        using var added = await caseworker.SubmitAsync(refusal, new Dictionary<string, string>
        {
            ["Input.InstitutionId"] = refusal.OptionValue("Input.InstitutionId", institution),
            ["Input.KindId"] = refusal.OptionValue("Input.KindId", "Criminal case opened"),
            ["Input.Date"] = "a week later",
            ["Input.DateAfterId"] = detentionId.ToString(),
            ["Input.IncidentIds"] = detentionId.ToString(),
            ["Input.PersonIds"] = personId.ToString(),
            ["Input.SourceIds"] = sourceId.ToString(),
            ["Input.Group.Count"] = "1 500",
            ["Input.Group.Qualifier"] = "About",
            ["Input.Group.Who"] = "protesters questioned",
        });
        added.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{caseId}");
        var actId = await app.Factory.QueryAsync(db => db.Acts.Where(a => a.CaseId == caseId).Select(a => a.Id).SingleAsync());

        var casePage = await HtmlPages.ReadAsync(added);
        var article = casePage.QuerySelector($"#act-{actId}")!;
        article.QuerySelector(".record-date")!.TextContent.ShouldBe("a week later (c. 20 March 2021)");
        article.QuerySelector("h3")!.TextContent.ShouldBe($"{institution}: Criminal case opened");
        article.TextContent.ShouldContain("Opened a criminal case under the article on torture");
        article.TextContent.ShouldContain("Concerns: Nodira Testova");
        article.QuerySelector($"a[href='#incident-{detentionId}']").ShouldNotBeNull();
        article.QuerySelector(".act-group")!.TextContent.ShouldBe("Concerns a group: about 1,500 protesters questioned", "\"1 500\" is read as a number");

        using var timeline = JsonDocument.Parse(await caseworker.GetStringAsync(new Uri($"/api/v1/cases/{caseId}/timeline", UriKind.Relative)));
        var entries = timeline.RootElement.GetProperty("entries").EnumerateArray().ToList();
        var act = entries.Single(e => e.GetProperty("kind").GetString() == "act");
        act.GetProperty("title").GetString().ShouldBe($"{institution}: Criminal case opened");
        entries.IndexOf(act).ShouldBe(entries.FindIndex(e => e.GetProperty("title").GetString() == "Detained at the office") + 1, "a week after the detention, before nothing else");

        var timelinePage = await caseworker.GetPageAsync($"/Cases/{caseId}/Timeline?kind=Act");
        timelinePage.QuerySelectorAll("ol.timeline > li").Select(li => li.ClassName).ShouldBe(["ka"], "the kind filter offers acts and shows only them");
        timelinePage.QuerySelectorAll("select#kind option").Select(o => o.TextContent).ShouldContain("Institution's act");
        (await caseworker.GetStringAsync(new Uri($"/Cases/{caseId}/Timeline?handler=Markdown", UriKind.Relative))).ShouldContain($"Institution's act: {institution}: Criminal case opened");
        (await caseworker.GetStringAsync(new Uri($"/Cases/{caseId}/Timeline?handler=Csv", UriKind.Relative))).ShouldContain(",act,");

        using var caseJson = JsonDocument.Parse(await caseworker.GetStringAsync(new Uri($"/api/v1/cases/{caseId}", UriKind.Relative)));
        var stored = caseJson.RootElement.GetProperty("acts").EnumerateArray().Single();
        stored.GetProperty("kind").GetString().ShouldBe("Criminal case opened");
        stored.GetProperty("date").GetProperty("relative").GetBoolean().ShouldBeTrue();
        stored.GetProperty("group").GetProperty("count").GetInt32().ShouldBe(1500);

        var search = await caseworker.GetPageAsync("/Search?q=torture");
        search.QuerySelector($"a[href$='#act-{actId}']").ShouldNotBeNull("the act's words are searched");

        using var statistics = JsonDocument.Parse(await caseworker.GetStringAsync(new Uri("/api/v1/statistics?country=MD", UriKind.Relative)));
        var counted = statistics.RootElement.GetProperty("actsByInstitution").EnumerateArray().Single();
        counted.GetProperty("institution").GetString().ShouldBe(institution);
        counted.GetProperty("acts").GetInt32().ShouldBe(1);
        counted.GetProperty("kinds").EnumerateArray().Single().GetProperty("kind").GetString().ShouldBe("Criminal case opened");

        var audit = await app.Factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId == actId).Select(a => a.Action).ToListAsync());
        audit.ShouldContain(AuditAction.Create);
    }

    [Fact]
    public async Task An_act_of_a_restricted_case_is_in_no_view_or_count_of_a_researcher()
    {
        var (caseId, institution, detentionId, _, _) = await ArrangeAsync("Restricted acts fixture", Sensitivity.Restricted);
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var form = await admin.GetPageAsync($"/Acts/Create/{caseId}");
        using (await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.InstitutionId"] = form.OptionValue("Input.InstitutionId", institution),
            ["Input.KindId"] = form.OptionValue("Input.KindId", "Denial"),
            ["Input.Date"] = "April 2021",
            ["Input.Summary"] = "Denied any zyxwvut ill-treatment",
            ["Input.IncidentIds"] = detentionId.ToString(),
        }))
        {
        }

        (await CountedActsAsync(admin)).ShouldBe(1, "the admin sees the restricted case");

        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);
        (await CountedActsAsync(researcher)).ShouldBe(0);
        (await researcher.GetPageAsync("/Search?q=zyxwvut")).QuerySelectorAll("ol.search-results li").ShouldBeEmpty();
    }

    private static async Task<int> CountedActsAsync(HttpClient client)
    {
        using var statistics = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/statistics?country=AZ", UriKind.Relative)));
        return statistics.RootElement.GetProperty("actsByInstitution").EnumerateArray().Sum(a => a.GetProperty("acts").GetInt32());
    }

    private async Task<(Guid CaseId, string Institution, Guid DetentionId, Guid PersonId, Guid SourceId)> ArrangeAsync(string title, Sensitivity sensitivity)
    {
        await using var records = await RecordBuilder.StartAsync(app.Factory);
        var caseFile = records.Case(title, country: sensitivity == Sensitivity.Restricted ? "AZ" : "MD", sensitivity: sensitivity);
        var institution = records.Institution(title + " prosecutor");
        var person = records.Person(caseFile, "Nodira Testova");
        var detention = records.Incident(caseFile, "13 March 2021", "Detained at the office");
        var source = records.Source(caseFile);
        await records.SaveAsync();
        return (caseFile.Id, institution.Name, detention.Id, person.Id, source.Id);
    }
}
