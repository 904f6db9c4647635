using System.Text.Json;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Pages.Cases;

/// <summary>
/// The demo case built like a long NGO report: every fact is its own kind of record on the case page and
/// the timeline (a death, groups with counts, named and several perpetrators, official statements with
/// numbers, an investigation closed and reopened up to a ruling, 64 complaints in one record, a complaint
/// forwarded to the body complained about and answered by it), and none is a stand-in "Other event".
/// </summary>
public sealed class DemoReportCaseTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Every_fact_of_the_report_case_is_its_own_kind_of_record_and_none_is_an_other_event()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2022-019");
        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);
        var page = await researcher.GetPageAsync($"/Cases/Details/{caseId}");

        page.QuerySelector(".person-died")!.TextContent.ShouldBe("died 7 January 2022");
        page.QuerySelectorAll(".incident .badge").Select(b => b.TextContent).ShouldNotContain("Other event");
        page.QuerySelectorAll(".victim-group").Select(g => g.TextContent.Trim()).ShouldBe(
            ["at least 30 protesters (the named among them)", "12 cellmates (the named among them)"]);
        page.QuerySelectorAll(".perpetrators").First().TextContent.ShouldContain("Bolat Exampleuly (fictional) · Major, head of the district police department · Sampletown District Police Department (fictional demo)");
        page.QuerySelectorAll(".perpetrators").Select(p => p.TextContent).ShouldContain(p => p.Contains("Sampletown District Police Department", StringComparison.Ordinal) && p.Contains("temporary detention facility", StringComparison.Ordinal), "two institutions beat the detainees");
        page.QuerySelector(".act-group")!.TextContent.ShouldContain("about 150 people detained in the region");
        page.QuerySelector("#acts-heading")!.TextContent.ShouldBe("Institutions' own acts (3)");

        var steps = page.QuerySelectorAll(".proceeding-steps li").Select(li => li.TextContent).ToList();
        steps.Count.ShouldBe(5);
        steps.ShouldContain(s => s.Contains("Closed and reopened", StringComparison.Ordinal) && s.Contains('3'));
        steps.Last().ShouldContain("Ruling");
        steps.Last().ShouldContain("Two officers convicted of abuse of office");
        page.QuerySelector(".proceeding-standing")!.TextContent.ShouldNotContain("No step recorded yet.");

        var complaints = page.QuerySelectorAll("article.complaint").Select(c => c.TextContent).ToList();
        complaints.ShouldContain(c => c.Contains("64", StringComparison.Ordinal) && c.Contains("Sampletown Human Rights Coalition", StringComparison.Ordinal), "64 complaints filed by an organisation, in one record");
        complaints.ShouldContain(c => c.Contains("Investigate his death", StringComparison.Ordinal) && c.Contains("Sampletown District Police Department", StringComparison.Ordinal), "the body it was forwarded to answered");

        using var timeline = JsonDocument.Parse(await researcher.GetStringAsync(new Uri($"/api/v1/cases/{caseId}/timeline", UriKind.Relative)));
        var kinds = timeline.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToHashSet();
        new[] { "incident", "complaint", "response", "act", "step" }.ShouldBeSubsetOf(kinds, "every kind of record the report needs is on the timeline");

        var contextTimeline = await researcher.GetPageAsync($"/Cases/{caseId}/Timeline?hideContext=true");
        var all = await researcher.GetPageAsync($"/Cases/{caseId}/Timeline");
        contextTimeline.QuerySelectorAll("ol.timeline > li").Length.ShouldBe(all.QuerySelectorAll("ol.timeline > li").Length, "no entry is a context event that hiding them would take away");
    }
}
