using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Pages.Statistics;

/// <summary>With more institutions than a page should list (issue 17), each table shows the first 25, all on asking; the CSV holds every one.</summary>
public class ManyInstitutionsStatisticsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_page_lists_the_first_25_institutions_all_on_asking_and_the_CSV_every_one()
    {
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var file = records.Case("Many institutions", "MW");
            for (var n = 0; n < 27; n++)
            {
                records.Complaint(file, records.Institution($"Institution {n:00}"), "1 March 2021");
            }

            await records.SaveAsync();
        }

        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);
        var page = await researcher.GetPageAsync("/Statistics?country=MW");

        page.QuerySelectorAll("table.institution-figures tbody tr").Length.ShouldBe(25);
        var note = page.QuerySelector("section[aria-labelledby=institutions] p.small")!;
        note.TextContent.ShouldContain("the 25 institutions with the most records, of 27");
        var all = await researcher.GetPageAsync(note.QuerySelector("a")!.GetAttribute("href")!);
        all.QuerySelectorAll("table.institution-figures tbody tr").Length.ShouldBe(27);
        all.QuerySelector("section[aria-labelledby=institutions] p.small a[href*='institutions=all']").ShouldBeNull();

        var csv = await researcher.GetStringAsync(new Uri("/Statistics?handler=Csv&country=MW", UriKind.Relative));
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(line => line.StartsWith("Institution ", StringComparison.Ordinal)).ShouldBe(27);
    }
}
