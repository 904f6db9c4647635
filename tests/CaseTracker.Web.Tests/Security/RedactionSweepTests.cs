using AngleSharp.Html.Dom;
using CaseTracker.Domain.Sources;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Security;

/// <summary>
/// Canary values in every field a researcher must not see (contact details, security notes, a confidential
/// source's title, publisher, link and notes, the internal notes of complaints and organisations, and
/// everything in the restricted case, including an organisation known only from it), then a crawl of every page, export, JSON answer and error page a
/// researcher can reach by following links. No answer may contain a canary; an admin crawling the same
/// way does meet them, so the crawl really passes where they would show.
/// </summary>
public class RedactionSweepTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string VisibleCase = "KZ-2023-011";
    // A safety stop, not a measure: the demo cases (five, one built like a long report) take about 650 answers for an admin.
    private const int MaxRequests = 1000;

    private static readonly string[] Canaries =
    [
        "canary-contact-5e1", "canary-security-5e2", "canary-source-title-5e3", "canary-publisher-5e4", "canary-link-5e5",
        "canary-source-notes-5e6", "canary-complaint-notes-5e7", "canary-organisation-notes-5e8", "canary-restricted-5e9",
        "canary-victim-condition-5f0",
    ];

    [Fact]
    public async Task No_answer_a_researcher_can_reach_contains_a_withheld_value()
    {
        var arranged = await PlantCanariesAsync();
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);

        var answers = await CrawlAsync(researcher, ExtraAddresses(arranged));

        answers.Keys.ShouldContain($"/People/Details/{arranged.Person}", "the crawl reached the person with contact details");
        answers.Keys.ShouldContain($"/Cases/Details/{arranged.Case}", "the crawl reached the case with the confidential source");
        answers.Keys.ShouldContain(k => k.StartsWith($"/api/v1/cases/{arranged.Case}/timeline", StringComparison.Ordinal), "the crawl reached the JSON timeline");
        answers.Keys.ShouldContain(k => k.Contains("handler=Csv", StringComparison.Ordinal), "the crawl reached a CSV export");
        answers.Keys.ShouldContain(k => k.Contains("handler=Markdown", StringComparison.Ordinal), "the crawl reached a Markdown export");
        answers[$"/Cases/Details/{arranged.Case}"].ShouldContain("Confidential source");
        var leaks = answers.SelectMany(a => Canaries.Where(c => a.Value.Contains(c, StringComparison.Ordinal)).Select(c => $"{a.Key}: {c}")).ToList();
        leaks.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_admin_crawling_the_same_way_meets_every_canary()
    {
        var arranged = await PlantCanariesAsync();
        using var admin = await app.Factory.ClientForAsync(Visitor.Admin);

        var answers = await CrawlAsync(admin, ExtraAddresses(arranged));

        var all = string.Join('\n', answers.Values);
        Canaries.Where(c => !all.Contains(c, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    private sealed record Arranged(Guid Case, Guid Person, Guid RestrictedCase);

    /// <summary>Addresses no link leads to but a researcher can type: the API, error pages, a made-up id.</summary>
    private static IEnumerable<string> ExtraAddresses(Arranged arranged) =>
    [
        $"/api/v1/cases/{arranged.Case}/timeline",
        $"/api/v1/cases/{arranged.Case}",
        $"/api/v1/cases/{arranged.RestrictedCase}",
        "/api/v1/cases",
        "/api/v1/search?q=canary",
        "/api/v1/search?country=KZ",
        $"/api/v1/cases/{arranged.RestrictedCase}/timeline",
        $"/Cases/Details/{arranged.RestrictedCase}",
        $"/Cases/{arranged.RestrictedCase}/Timeline?handler=Csv",
        $"/Cases/Details/{Guid.NewGuid()}",
        "/Error?code=500",
        "/Error?code=404",
        "/dates/read?text=canary",
    ];

    /// <summary>Follows every same-site link from the home page (GET only), keeping each answer's headers and body.</summary>
    private static async Task<Dictionary<string, string>> CrawlAsync(HttpClient client, IEnumerable<string> extra)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/", .. extra]);
        while (queue.Count > 0 && answers.Count < MaxRequests)
        {
            var address = queue.Dequeue();
            if (answers.ContainsKey(address))
            {
                continue;
            }

            using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            answers[address] = $"{(int)response.StatusCode}\n{response.Headers}{response.Content.Headers}\n{body}";
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await HtmlPages.ReadAsync(response);
            // The language switch (rel=alternate) leads to the same page in the other language: not new data.
            foreach (var link in page.QuerySelectorAll<IHtmlAnchorElement>("a[href]:not([rel~=alternate])").Select(a => a.GetAttribute("href")!))
            {
                if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal))
                {
                    var withoutFragment = link.Split('#')[0];
                    if (withoutFragment.Length > 0 && !answers.ContainsKey(withoutFragment))
                    {
                        queue.Enqueue(withoutFragment);
                    }
                }
            }
        }

        answers.Count.ShouldBeLessThan(MaxRequests, "the crawl ended by itself, not by the limit");
        return answers;
    }

    private Task<Arranged> PlantCanariesAsync() => app.Factory.QueryAsync(async db =>
    {
        var file = await db.Cases.Include(c => c.Participants).SingleAsync(c => c.Reference == VisibleCase);
        var restricted = await db.Cases.SingleAsync(c => c.Reference == RestrictedCaseVisitors.Reference);
        var personId = file.Participants.First().PersonId;
        if (await db.Sources.AnyAsync(s => s.Title == Canaries[2]))
        {
            return new Arranged(file.Id, personId, restricted.Id);
        }

        var person = await db.Persons.SingleAsync(p => p.Id == personId);
        person.SetConfidential(Canaries[0], Canaries[1]);

        var source = new Source(file.Id, Canaries[2], SourceKind.Person);
        source.Describe(Canaries[2], SourceKind.Person, Canaries[3], null, $"https://{Canaries[4]}.example.org/", null, Reliability.High, isConfidential: true, Canaries[5]);
        db.Sources.Add(source);
        var incident = await db.Incidents.Include(i => i.Sources).FirstAsync(i => i.CaseId == file.Id);
        incident.CiteSources([.. incident.Sources.Select(s => s.SourceId), source.Id]);
        incident.DescribeVictim(personId, "33", Canaries[9], conditionConfidential: true);

        var complaint = await db.Complaints.FirstAsync(c => c.CaseId == file.Id);
        complaint.Describe(complaint.KindId, complaint.InstitutionId, complaint.Subject, complaint.ReferenceNumber, Canaries[6]);
        var organisation = await db.Organisations.SingleAsync(o => o.Name == "Ventus");
        organisation.Describe(organisation.Name, organisation.CountryCode, Canaries[7]);

        restricted.Describe(restricted.Reference, restricted.Title + " " + Canaries[8], restricted.Summary, restricted.CountryCode);
        var knownOnlyFromRestricted = await db.Organisations.SingleAsync(o => o.Name == "Pamir Water Watch (fictional)");
        knownOnlyFromRestricted.Describe(knownOnlyFromRestricted.Name + " " + Canaries[8], knownOnlyFromRestricted.CountryCode, knownOnlyFromRestricted.Notes);

        // The record kinds of issue 15 in the restricted case: none may reach a researcher by any link.
        var act = await db.Acts.FirstAsync(a => a.CaseId == restricted.Id);
        act.Describe(act.InstitutionId, act.KindId, act.Date, $"{act.Summary} {Canaries[8]}");
        var proceeding = await db.Proceedings.FirstAsync(p => p.CaseId == restricted.Id);
        proceeding.Describe(proceeding.Kind, proceeding.ConductedById, $"{proceeding.Title} {Canaries[8]}", proceeding.ReferenceNumber, proceeding.Against);
        await db.SaveChangesAsync();
        return new Arranged(file.Id, personId, restricted.Id);
    });
}
