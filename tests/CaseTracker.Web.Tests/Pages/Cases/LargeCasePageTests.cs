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

    [Fact]
    public async Task The_page_lists_records_in_the_order_of_the_whole_file()
    {
        // The page places its windows on a light reading of the records and reads only the shown ones in
        // full; the download reads every record in full. Dates that sort alike on their day, open and
        // relative dates must come out in the same order from both.
        string[] dates =
        [
            "2019", "c. 2019", "2019?", "March 2019", "early March 2019", "1 March 2019", "1 March 2019", "spring 2019",
            "2018-2019", "before 9 October 2019", "since 14 March 2019", "the night of 1 March 2019", "September 2011 - 2019", "c. 1 March 2019",
        ];
        await using var records = await RecordBuilder.StartAsync(app.Factory);
        var file = records.Case("Order of the window", "KG");
        var institution = records.Institution("Order of the window prosecutor");
        var incidents = dates.Select((date, n) => records.Incident(file, date, $"Order {n}")).ToList();
        var followUp = records.Incident(file, "2019", "Order follow-up");
        followUp.Describe(followUp.Title, null, Domain.Dates.PartialDate.ParseAfter("a week later", incidents[5]), null, null);
        foreach (var (date, n) in dates.Select((date, n) => (date, n)).Where(d => !d.date.StartsWith("since", StringComparison.Ordinal)))
        {
            // A complaint needs a last possible day (its reply is counted from it): all but the open one.
            records.Complaint(file, institution, date, $"Complaint {n}");
        }

        await records.SaveAsync();
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);

        var page = await researcher.GetPageAsync($"/Cases/Details/{file.Id}");
        using var json = System.Text.Json.JsonDocument.Parse(await researcher.GetStringAsync(new Uri($"/Cases/Details/{file.Id}?handler=Json", UriKind.Relative)));
        string[] IdsIn(string kind) => [.. json.RootElement.GetProperty(kind).EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

        page.QuerySelectorAll("article.incident").Select(a => a.Id!["incident-".Length..]).ShouldBe(IdsIn("incidents"));
        page.QuerySelectorAll("article.complaint").Select(a => a.Id!["complaint-".Length..]).ShouldBe(IdsIn("complaints"));
        var shown = page.QuerySelectorAll("article.incident h3").Select(h => h.TextContent.Trim()).ToList();
        shown.IndexOf("Order follow-up").ShouldBeGreaterThan(shown.IndexOf("Order 5"), "a week after its entry, though dated by the year alone before it");
    }

    [Fact]
    public async Task A_response_asked_for_by_id_opens_the_page_of_its_complaint()
    {
        await using var records = await RecordBuilder.StartAsync(app.Factory);
        var file = records.Case("Complaints of the window", "KG");
        var institution = records.Institution("Complaints of the window prosecutor");
        var complaints = Enumerable.Range(1, 60).Select(n => records.Complaint(file, institution, new DateOnly(2010, 1, 1).AddDays(n).ToString("d MMMM yyyy", CultureInfo.InvariantCulture), $"Window complaint {n}")).ToList();
        var response = records.Response(complaints[2], "1 June 2010");
        await records.SaveAsync();
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);

        var newest = await researcher.GetPageAsync($"/Cases/Details/{file.Id}");
        newest.QuerySelector("h2#complaints-heading")!.TextContent.ShouldContain("(60)", Case.Sensitive, "the heading counts all of them");
        newest.QuerySelectorAll("article.complaint").Length.ShouldBe(50);
        newest.QuerySelector($"#complaint-{complaints[2].Id}").ShouldBeNull("the third complaint is not among the newest fifty");

        var around = await researcher.GetPageAsync($"/Cases/Details/{file.Id}?show=complaints&at={response.Id}");
        around.QuerySelectorAll("article.complaint").First().Id.ShouldBe($"complaint-{complaints[2].Id}", "the page starts at the complaint the response answers");
        around.QuerySelector($"#complaint-{complaints[2].Id}")!.TextContent.ShouldContain("Rejected");
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
