using System.Globalization;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Pages.Cases;

/// <summary>
/// A case with more records of a kind than a page should carry (issue 17): the case page shows the newest
/// 50, "show all" pages through every one in story order 100 at a time by the id a page starts from, and
/// a record asked for by id is found on its page; the JSON download still holds every record.
/// </summary>
public class LargeCasePageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const int Count = 130;

    [Fact]
    public async Task The_page_shows_the_newest_fifty_and_pages_through_all_by_keyset()
    {
        var (caseId, ids) = await ArrangeAsync();
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);

        var page = await researcher.GetPageAsync($"/Cases/Details/{caseId}");
        Titles(page).ShouldBe(Enumerable.Range(Count - 50 + 1, 50).Select(Title), "the newest 50, in story order");
        page.QuerySelector("h2#incidents-heading")!.TextContent.ShouldContain($"({Count})", Case.Sensitive, "the heading counts all of them");
        var window = page.QuerySelector("[data-record-window=incidents]")!;
        window.TextContent.ShouldContain("The newest 50 of 130, in order.");

        var first = await researcher.GetPageAsync(window.QuerySelector("a")!.GetAttribute("href")!);
        Titles(first).ShouldBe(Enumerable.Range(1, 100).Select(Title));
        var nav = first.QuerySelector("nav[data-record-window=incidents]")!;
        nav.TextContent.ShouldContain("1 to 100 of 130");
        nav.QuerySelectorAll("a").Select(a => a.TextContent.Trim()).ShouldBe(["Later", "Only the newest"], "no earlier page before the first");

        var second = await researcher.GetPageAsync(nav.QuerySelectorAll("a").First(a => a.TextContent.Trim() == "Later").GetAttribute("href")!);
        Titles(second).ShouldBe(Enumerable.Range(101, 30).Select(Title));
        var back = second.QuerySelector("nav[data-record-window=incidents]")!;
        back.TextContent.ShouldContain("101 to 130 of 130");
        back.QuerySelectorAll("a").First(a => a.TextContent.Trim() == "Earlier").GetAttribute("href")!.ShouldContain($"from={ids[0]}");

        var around = await researcher.GetPageAsync($"/Cases/Details/{caseId}?show=incidents&at={ids[4]}");
        Titles(around).First().ShouldBe(Title(5), "the page asked for by a record's id starts at that record");
        around.QuerySelector($"#incident-{ids[4]}").ShouldNotBeNull();

        using var json = await researcher.GetAsync(new Uri($"/Cases/Details/{caseId}?handler=Json", UriKind.Relative));
        System.Text.Json.JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.GetProperty("incidents").GetArrayLength().ShouldBe(Count, "the download holds every record");
    }

    [Fact]
    public async Task A_small_case_shows_everything_without_paging()
    {
        await using var records = await RecordBuilder.StartAsync(app.Factory);
        var file = records.Case("Small case for the window", "KG");
        for (var n = 1; n <= 3; n++)
        {
            records.Incident(file, $"{n} March 2020", Title(n));
        }

        await records.SaveAsync();
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);

        var page = await researcher.GetPageAsync($"/Cases/Details/{file.Id}");

        Titles(page).ShouldBe([Title(1), Title(2), Title(3)]);
        page.QuerySelector("[data-record-window]").ShouldBeNull();
    }

    private static string Title(int n) => "Window incident " + n.ToString("000", CultureInfo.InvariantCulture);

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("article.incident h3").Select(h => h.TextContent.Trim()).ToList();

    private async Task<(Guid CaseId, List<Guid> Ids)> ArrangeAsync()
    {
        await using var records = await RecordBuilder.StartAsync(app.Factory);
        var file = records.Case("Large case for the window", "KG");
        var start = new DateOnly(2001, 1, 1);
        var ids = new List<Guid>();
        for (var n = 1; n <= Count; n++)
        {
            ids.Add(records.Incident(file, start.AddDays(n).ToString("d MMMM yyyy", CultureInfo.InvariantCulture), Title(n)).Id);
        }

        await records.SaveAsync();
        return (file.Id, ids);
    }
}
