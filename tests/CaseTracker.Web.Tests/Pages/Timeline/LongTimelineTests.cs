using System.Globalization;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Pages.Timeline;

/// <summary>
/// A timeline longer than a page should carry (issue 17) is listed one year at a time: the years with
/// their counts are the overview, the newest year is listed first, any year on asking; the CSV holds all.
/// </summary>
public class LongTimelineTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_long_timeline_lists_one_year_at_a_time_and_the_download_holds_every_entry()
    {
        Guid caseId;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var file = records.Case("Long timeline", "KG");
            var start = new DateOnly(2001, 1, 1);
            for (var n = 0; n < 320; n++)
            {
                records.Incident(file, start.AddDays(n * 4).ToString("d MMMM yyyy", CultureInfo.InvariantCulture), "Long entry " + n.ToString("000", CultureInfo.InvariantCulture));
            }

            await records.SaveAsync();
            caseId = file.Id;
        }

        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);
        var page = await researcher.GetPageAsync($"/Cases/{caseId}/Timeline");

        var years = page.QuerySelectorAll("nav.year-jumps a").Select(a => a.TextContent.Trim()).ToList();
        years.ShouldBe(["2001 (92)", "2002 (91)", "2003 (91)", "2004 (46)"], "every year with its count: 320 entries four days apart from 1 January 2001");
        page.QuerySelector("nav.year-jumps a[aria-current=true]")!.TextContent.ShouldStartWith("2004", Case.Sensitive, "the newest year is listed first");
        page.QuerySelectorAll("section.timeline-year").Select(s => s.Id).ShouldBe(["year-2004"]);
        page.QuerySelector("[role=status]")!.TextContent.ShouldContain("listed one year at a time: 2004 (46 entries)");

        var earlier = page.QuerySelectorAll("nav.year-jumps a").First(a => a.TextContent.StartsWith("2002", StringComparison.Ordinal)).GetAttribute("href")!;
        var year2002 = await researcher.GetPageAsync(earlier);
        year2002.QuerySelectorAll("section.timeline-year").Select(s => s.Id).ShouldBe(["year-2002"]);
        year2002.QuerySelectorAll("section.timeline-year li, section.timeline-year article").Length.ShouldBeGreaterThan(0);

        var csv = await researcher.GetStringAsync(new Uri($"/Cases/{caseId}/Timeline?handler=Csv", UriKind.Relative));
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(line => line.Contains("Long entry", StringComparison.Ordinal)).ShouldBe(320);
    }
}
