using System.Text.Json;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.Institutions;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Statistics;

/// <summary>
/// The statistics against a fixture counted by hand: cases in Armenia (AM), where the demo data has none.
///   Incidents: "2019" (type A), "March 2020" (A and B, police), "c. 2020" (B, police), and one in a
///   restricted case (A) that a researcher must not count.
///   Complaints to the Alpha prosecutor: filed 1 Jan 2021, answered 11 Jan (rejected); filed 1 Feb 2021,
///   answered 21 Feb (acknowledged) and later 1 Apr (upheld); filed 1 Mar 2021, 30-day window, never answered.
///   To the Beta court: filed June 2021, answered July 2021 (month precision: no exact days).
/// </summary>
public class StatisticsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData(Visitor.Researcher)]
    [InlineData(Visitor.UnassignedCaseworker)]
    public async Task The_numbers_match_a_fixture_counted_by_hand_and_leave_out_the_restricted_case(Visitor visitor)
    {
        await ArrangeAsync();
        await app.Factory.RestrictedCaseIdsAsync(); // creates the unassigned caseworker
        using var client = await app.Factory.ClientForAsync(visitor);

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/statistics?country=AM", UriKind.Relative)));
        var root = json.RootElement;

        Pairs(root.GetProperty("incidentsByYear"), "year").ShouldBe(["2019=1", "2020=2"]);
        Pairs(root.GetProperty("incidentsByType"), "type").ShouldBe(["Stat type A=2", "Stat type B=2"], ignoreOrder: true);
        Pairs(root.GetProperty("incidentsByPerpetratorType"), "perpetratorType").ShouldBe(["Stat police=2"]);
        var institutions = root.GetProperty("institutions").EnumerateArray().ToDictionary(i => i.GetProperty("institution").GetString()!);
        var alpha = institutions["Alpha prosecutor"];
        alpha.GetProperty("complaintsReceived").GetInt32().ShouldBe(3);
        alpha.GetProperty("answered").GetInt32().ShouldBe(2);
        alpha.GetProperty("answeredShare").GetDouble().ShouldBe(0.6667);
        alpha.GetProperty("medianDaysToFirstResponse").GetDouble().ShouldBe(15);
        alpha.GetProperty("overdueAndSilent").GetInt32().ShouldBe(1);
        alpha.GetProperty("longestSilenceDays").GetInt32().ShouldBe(75, "from 1 March 2021 to 15 May 2021, the newest source: no further");
        alpha.GetProperty("pastDueNoNews").GetInt32().ShouldBe(0);
        alpha.GetProperty("latestOutcomes").EnumerateArray().Select(o => $"{o.GetProperty("outcome").GetString()}={o.GetProperty("complaints").GetInt32()}")
            .ShouldBe(["Rejected=1", "Upheld=1"], ignoreOrder: true);
        var beta = institutions["Beta court"];
        beta.GetProperty("complaintsReceived").GetInt32().ShouldBe(1);
        beta.GetProperty("answeredShare").GetDouble().ShouldBe(1);
        beta.GetProperty("medianDaysToFirstResponse").ValueKind.ShouldBe(JsonValueKind.Null);
        beta.GetProperty("overdueAndSilent").GetInt32().ShouldBe(0);
        institutions.Count.ShouldBe(2);
    }

    [Fact]
    public async Task An_admin_counts_the_restricted_case_too()
    {
        await ArrangeAsync();
        using var admin = await app.Factory.ClientForAsync(Visitor.Admin);

        using var json = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/v1/statistics?country=AM", UriKind.Relative)));

        Pairs(json.RootElement.GetProperty("incidentsByYear"), "year").ShouldBe(["2019=1", "2020=3"]);
    }

    [Fact]
    public async Task A_period_counts_records_that_may_fall_in_it()
    {
        await ArrangeAsync();
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);

        using var json = JsonDocument.Parse(await researcher.GetStringAsync(new Uri("/api/v1/statistics?country=AM&from=2020&to=February%202021", UriKind.Relative)));

        Pairs(json.RootElement.GetProperty("incidentsByYear"), "year").ShouldBe(["2020=2"]);
        json.RootElement.GetProperty("institutions").EnumerateArray().Single().GetProperty("complaintsReceived").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Years_without_incidents_between_others_are_shown_with_zero()
    {
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var file = records.Case("Gap years", "TM");
            records.Incident(file, "2005");
            records.Incident(file, "June 2008");
            await records.Db.SaveChangesAsync();
        }

        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);
        var page = await researcher.GetPageAsync("/Statistics?country=TM");

        page.QuerySelectorAll("table.count-table")[0].QuerySelectorAll("tbody tr").Select(r => string.Join('=', r.Children.Select(cell => cell.TextContent.Trim())))
            .ShouldBe(["2005=1", "2006=0", "2007=0", "2008=1"]);
        page.QuerySelectorAll("table.people-by-year tbody tr").Length.ShouldBe(4);
    }

    [Fact]
    public async Task The_page_shows_charts_with_titles_and_the_same_numbers_as_tables_and_the_CSV_is_audited()
    {
        await ArrangeAsync();
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);

        var page = await researcher.GetPageAsync("/Statistics?country=AM");
        using var csv = await researcher.GetAsync(new Uri("/Statistics?handler=Csv&country=AM", UriKind.Relative));
        var text = await csv.Content.ReadAsStringAsync();

        var chart = page.QuerySelector("figure.bar-chart[aria-label='Incidents by year']")!;
        chart.QuerySelector("figcaption")!.TextContent.ShouldBe("Number of incidents in each year.", "the chart says what it counts");
        chart.QuerySelectorAll(".bar-list li").Select(li => $"{li.QuerySelector(".bar-label")!.TextContent}={li.QuerySelector(".bar-value")!.TextContent}").ShouldBe(["2019=1", "2020=2"]);
        chart.QuerySelectorAll(".bar-list li .bar").Select(b => b.ClassName).ShouldBe(["bar bar-w-50", "bar bar-w-100"]);
        page.QuerySelector("table.institution-figures")!.TextContent.ShouldContain("Alpha prosecutor");
        page.QuerySelectorAll("table.count-table")[0].QuerySelectorAll("tbody tr").Select(r => string.Join('=', r.Children.Select(cell => cell.TextContent.Trim()))).ShouldBe(["2019=1", "2020=2"]);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        text.ShouldContain("Alpha prosecutor,3,2,0.6667,15,1,0.3333,0,75,");
        (await app.Factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == Web.Auditing.AuditAction.Export && a.EntityType == "Statistics"))).ShouldBeTrue();
    }

    private static List<string> Pairs(JsonElement counts, string label) =>
        counts.EnumerateArray().Select(c => $"{c.GetProperty(label)}={c.GetProperty("incidents").GetInt32()}").ToList();

    private Task ArrangeAsync() => app.Factory.QueryAsync(async db =>
    {
        if (await db.Cases.AnyAsync(c => c.Reference == "AM-2021-001"))
        {
            return 0;
        }

        VocabularyTerm Term(Vocabulary vocabulary, string code, string label)
        {
            var term = new VocabularyTerm(vocabulary, code, label, 900);
            db.VocabularyTerms.Add(term);
            return term;
        }

        var typeA = Term(Vocabulary.IncidentType, "stat_a", "Stat type A");
        var typeB = Term(Vocabulary.IncidentType, "stat_b", "Stat type B");
        var police = Term(Vocabulary.PerpetratorType, "stat_police", "Stat police");
        var outcomes = await db.VocabularyTerms.Where(t => t.Vocabulary == Vocabulary.ResponseOutcome).ToDictionaryAsync(t => t.Label);
        var kind = await db.VocabularyTerms.Where(t => t.Vocabulary == Vocabulary.ComplaintKind).Select(t => t.Id).FirstAsync();
        var institutionType = await db.VocabularyTerms.Where(t => t.Vocabulary == Vocabulary.InstitutionType).Select(t => t.Id).FirstAsync();
        var alpha = new Institution("Alpha prosecutor", institutionType, "AM");
        var beta = new Institution("Beta court", institutionType, "AM");
        db.Institutions.AddRange(alpha, beta);

        var file = new CaseFile("AM-2021-001", "Statistics fixture", "AM", DateTimeOffset.UtcNow);
        var hidden = new CaseFile("AM-2021-002", "Statistics fixture, restricted", "AM", DateTimeOffset.UtcNow);
        hidden.Classify(CaseStatus.Open, RiskLevel.High, Sensitivity.Restricted);
        db.Cases.AddRange(file, hidden);

        void AddIncident(CaseFile owner, string date, Guid[] types, bool byPolice)
        {
            var incident = new Incident(owner.Id, "Stat incident " + date, PartialDate.Parse(date));
            incident.Classify(types);
            if (byPolice)
            {
                incident.AddPerpetrator(null, null, police.Id, "Officers");
            }

            db.Incidents.Add(incident);
        }

        AddIncident(file, "2019", [typeA.Id], false);
        AddIncident(file, "March 2020", [typeA.Id, typeB.Id], true);
        AddIncident(file, "c. 2020", [typeB.Id], true);
        AddIncident(hidden, "2020", [typeA.Id], true);

        Complaint AddComplaint(Institution to, string filed)
        {
            var complaint = new Complaint(file.Id, kind, to.Id, PartialDate.Parse(filed), "Stat complaint " + filed, 30);
            db.Complaints.Add(complaint);
            return complaint;
        }

        AddComplaint(alpha, "1 January 2021").RecordResponse(PartialDate.Parse("11 January 2021"), outcomes["Rejected"].Id, null);
        var second = AddComplaint(alpha, "1 February 2021");
        second.RecordResponse(PartialDate.Parse("21 February 2021"), outcomes["Acknowledged"].Id, null);
        second.RecordResponse(PartialDate.Parse("1 April 2021"), outcomes["Upheld"].Id, null);
        AddComplaint(alpha, "1 March 2021");
        var report = new Source(file.Id, "Statistics fixture report", SourceKind.NgoStatement);
        report.Describe(report.Title, report.Kind, null, PartialDate.Parse("15 May 2021"), null, null, Reliability.Medium, false, null);
        db.Sources.Add(report);
        AddComplaint(beta, "June 2021").RecordResponse(PartialDate.Parse("July 2021"), outcomes["Rejected"].Id, null);
        return await db.SaveChangesAsync();
    });
}
