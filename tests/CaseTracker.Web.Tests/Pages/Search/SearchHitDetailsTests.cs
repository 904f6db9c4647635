using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Incidents;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Pages.Search;

/// <summary>What each hit shows beyond its title (the spelling that found a person, their cases, an incident's matched words) and what an empty result advises.</summary>
public class SearchHitDetailsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_person_found_by_another_spelling_shows_it_and_their_cases()
    {
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);

        var page = await researcher.GetPageAsync($"/Search?q={Uri.EscapeDataString("Рузиев")}");
        var hit = page.QuerySelectorAll("ol.search-results li").Single(li => li.QuerySelector("a")?.TextContent == "Kamil Ruziev");

        hit.QuerySelector(".matched-spelling")!.TextContent.ShouldBe("found as Рузиев Камилжан");
        hit.QuerySelector(".person-cases")!.TextContent.ShouldContain("KG-2020-003");
    }

    [Fact]
    public async Task An_incident_hit_shows_where_the_words_matched_marked_and_encoded()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var incident = new Incident(caseId, "Night visit", PartialDate.Day(2023, 5, 2));
            incident.Describe("Night visit", "Officers came at night. <b>Nobody</b> showed a warrant for the zucchinification, and the family was told to keep quiet.", PartialDate.Day(2023, 5, 2), null, null);
            records.Db.Incidents.Add(incident);
            await records.Db.SaveChangesAsync();
        }

        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);
        var page = await researcher.GetPageAsync("/Search?q=zucchinification");
        var snippet = page.QuerySelector("ol.search-results li .search-snippet")!;

        snippet.QuerySelector("mark")!.TextContent.ShouldBe("zucchinification");
        snippet.TextContent.ShouldContain("<b>Nobody</b>", customMessage: "user text is shown as text");
        snippet.QuerySelector("b").ShouldBeNull("and never as markup");
    }

    [Fact]
    public async Task No_results_say_what_to_try_and_offer_to_drop_the_filters()
    {
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);

        var page = await researcher.GetPageAsync("/Search?q=xylophonequartz&country=KG");

        page.QuerySelector("[role=status]")!.TextContent.Trim().ShouldBe("0 results");
        var advice = page.QuerySelector(".empty-advice")!;
        advice.TextContent.ShouldContain("check the spelling");
        advice.QuerySelector("a")!.GetAttribute("href").ShouldBe("/Search?q=xylophonequartz");
    }
}
