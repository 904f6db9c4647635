using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Browser;

/// <summary>
/// Issue 6's "done when", tried as a new researcher would: find the demo defender by a misspelled name in
/// Cyrillic and in Latin, see which institutions never replied and for how long, and download the
/// chronology and the numbers. Screenshots and the downloaded files go to the test artifacts.
/// </summary>
[Collection(BrowserJourney.Collection)]
public class ResearcherJourneyBrowserTests : BrowserJourney
{
    [Fact]
    public async Task A_researcher_finds_the_defender_by_a_misspelled_name_sees_the_silences_and_downloads_chronology_and_numbers()
    {
        var page = await SignInAsync(SignedInClients.Researcher, 390, 844);

        foreach (var misspelled in new[] { "Рузеев", "Ruzijev" })
        {
            await page.GotoAsync(new Uri(BaseUrl, "/Search").ToString());
            await page.GetByLabel("Words or a name").FillAsync(misspelled);
            await page.GetByLabel("Words or a name").PressAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kamil Ruziev", Exact = true })).ToBeVisibleAsync();
        }

        await Browser.SaveScreenshotAsync(page, "search-390.png");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kamil Ruziev", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Kamil Ruziev");

        var desktop = await SignInAsync(SignedInClients.Researcher, 1280, 900);
        await desktop.GetByRole(AriaRole.Link, new() { Name = "Statistics" }).ClickAsync();
        var government = desktop.Locator("table.institution-figures tr", new() { HasText = "Government of the Kyrgyz Republic" });
        await Assertions.Expect(government).ToBeVisibleAsync();
        var cells = await government.Locator("td").AllInnerTextsAsync();
        cells[4].ShouldStartWith("0", customMessage: "the UN communication's newest news is its own date, before the reply was due");
        cells[5].ShouldBe("1", "due after the last news: nobody knows whether the Government replied");
        var prosecutor = desktop.Locator("table.institution-figures tr", new() { HasText = "Prosecutor's Office of Karakol City" });
        var prosecutorCells = await prosecutor.Locator("td").AllInnerTextsAsync();
        prosecutorCells[4].ShouldStartWith("2", customMessage: "two complaints of June 2019 known unanswered past their due date");
        int.Parse(prosecutorCells[6], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.CurrentCulture).ShouldBe(845, "silent for years, as far as the newest source of 4 October 2021 goes");
        await Browser.SaveScreenshotAsync(desktop, "statistics-1280.png");

        var numbers = await desktop.RunAndWaitForDownloadAsync(() => desktop.GetByRole(AriaRole.Link, new() { Name = "Download the institution table as CSV" }).ClickAsync());
        numbers.SuggestedFilename.ShouldStartWith("institutions-");
        await numbers.SaveAsAsync(Path.Combine(BrowserSession.ArtifactsFolder, numbers.SuggestedFilename));
        (await File.ReadAllTextAsync(Path.Combine(BrowserSession.ArtifactsFolder, numbers.SuggestedFilename))).ShouldContain("Government of the Kyrgyz Republic");

        await desktop.GotoAsync(new Uri(BaseUrl, $"/Cases/{await Factory.CaseIdAsync("KG-2020-003")}/Timeline").ToString());
        var chronology = await desktop.RunAndWaitForDownloadAsync(() => desktop.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());
        chronology.SuggestedFilename.ShouldBe("KG-2020-003-timeline.csv");
        await chronology.SaveAsAsync(Path.Combine(BrowserSession.ArtifactsFolder, chronology.SuggestedFilename));
    }
}
