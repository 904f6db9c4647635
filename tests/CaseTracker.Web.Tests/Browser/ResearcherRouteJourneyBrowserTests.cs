using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Browser;

/// <summary>
/// Issue 16's second journey, in English and in Russian: a researcher finds a defender by a misspelt name,
/// goes from the person to the case and its timeline, downloads the timeline as CSV, and then tries every
/// way to the restricted case (its pages, downloads, API, records, search, the case list) and gets nothing
/// of it. Screenshots at 390 and 1280 px go to the artifacts.
/// </summary>
[Collection(BrowserJourney.Collection)]
public class ResearcherRouteJourneyBrowserTests : BrowserJourney
{
    [Theory]
    [InlineData("en", "Ruzijev")]
    [InlineData("ru", "Рузеев")]
    public async Task A_researcher_finds_a_misspelt_name_opens_the_timeline_downloads_it_and_cannot_reach_the_restricted_case(string language, string misspelt)
    {
        var ui = UiLanguage.Of(language);
        var page = await SignInAsync(SignedInClients.Researcher, 390, 844, ui);

        await page.GetByRole(AriaRole.Button, new() { Name = ui["Menu"] }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = ui["Search"], Exact = true }).ClickAsync();
        await page.GetByLabel(ui["Words or a name"]).FillAsync(misspelt);
        await page.GetByLabel(ui["Words or a name"]).PressAsync("Enter");
        var person = page.GetByRole(AriaRole.Link, new() { Name = "Kamil Ruziev", Exact = true });
        await Assertions.Expect(person).ToBeVisibleAsync();
        await SaveScreenshotsAsync(page, "researcher-search", ui);

        await person.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kamil Ruziev");
        await page.GetByRole(AriaRole.Link, new() { Name = "KG-2020-003", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = ui["Timeline"], Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(ui["Timeline"]);
        await SaveScreenshotsAsync(page, "researcher-timeline", ui);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = ui["Download CSV"] }).ClickAsync());
        download.SuggestedFilename.ShouldBe("KG-2020-003-timeline.csv");
        var saved = Path.Combine(BrowserSession.ArtifactsFolder, $"researcher-{language}-{download.SuggestedFilename}");
        await download.SaveAsAsync(saved);
        var lines = await File.ReadAllLinesAsync(saved);
        lines.Length.ShouldBeGreaterThan(10, "the whole chronology, not a stub");
        lines[0].ShouldContain(",kind,kind_label,", customMessage: "language-neutral codes plus the reader's labels");
        lines.Skip(1).ShouldContain(line => line.Contains($",incident,{ui["Incident"]},", StringComparison.Ordinal));

        await NothingOfTheRestrictedCaseAsync(page, ui);
    }

    /// <summary>Every route to the restricted case answers as if it did not exist, and nothing lists or finds it.</summary>
    private async Task NothingOfTheRestrictedCaseAsync(IPage page, UiLanguage ui)
    {
        var ids = await Factory.RestrictedCaseIdsAsync();
        var title = await Factory.QueryAsync(db => db.Cases.Where(c => c.Id == ids.Case).Select(c => c.Title).SingleAsync());
        string[] routes =
        [
            $"/Cases/Details/{ids.Case}", $"/Cases/Details/{ids.Case}?handler=Csv", $"/Cases/Details/{ids.Case}?handler=Json",
            $"/Cases/{ids.Case}/Timeline", $"/Cases/{ids.Case}/Timeline?handler=Csv", $"/api/v1/cases/{ids.Case}",
            $"/api/v1/cases/{ids.Case}/timeline", $"/People/Details/{ids.Person}", $"/Incidents/Edit/{ids.Incident}",
            $"/Complaints/Create/{ids.Case}", $"/Records/Archived/{ids.Case}",
        ];
        foreach (var route in routes)
        {
            var response = await page.APIRequest.GetAsync(new Uri(BaseUrl, route).ToString());
            response.Status.ShouldBeOneOf([403, 404], route);
            (await response.TextAsync()).ShouldNotContain(title, customMessage: route);
        }

        await page.GotoAsync(new Uri(BaseUrl, $"/Cases/{ids.Case}/Timeline").ToString());
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(title);
        await SaveScreenshotsAsync(page, "researcher-restricted-refused", ui);

        await page.GotoAsync(new Uri(BaseUrl, "/Cases").ToString());
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(RestrictedCaseVisitors.Reference);
        await page.GotoAsync(new Uri(BaseUrl, $"/Search?q={Uri.EscapeDataString(title)}").ToString());
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(RestrictedCaseVisitors.Reference);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(title);
    }
}
