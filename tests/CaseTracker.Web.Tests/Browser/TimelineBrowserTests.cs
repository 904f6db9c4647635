using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Browser;

/// <summary>The demo timeline on a phone and on a desktop, kept as screenshots in the test artifacts.</summary>
[Collection(BrowserJourney.Collection)]
public class TimelineBrowserTests : BrowserJourney
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Factory.Clock.SetToday(2026, 11, 22);
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task The_demo_timeline_reads_on_a_phone_and_a_desktop(int width, int height)
    {
        var caseId = await Factory.CaseIdAsync("KG-2020-003");
        var baseUrl = Factory.ClientOptions.BaseAddress!;
        var page = await Browser.NewPageAsync(width, height);
        await page.GotoAsync(new Uri(baseUrl, "/Account/SignIn").ToString());
        await page.GetByLabel("Email").FillAsync(SignedInClients.Researcher);
        await page.GetByLabel("Password").FillAsync(CaseTrackerFactory.DemoPassword);
        await page.GetByLabel("Password").PressAsync("Enter");

        await page.GotoAsync(new Uri(baseUrl, $"/Cases/{caseId}/Timeline").ToString());

        var overview = page.GetByRole(AriaRole.Img, new() { Name = "Overview of the timeline" });
        if (width < 576)
        {
            // A phone gets the compact overview: each year with its number of entries, no sideways scrolling.
            await Assertions.Expect(overview).ToBeHiddenAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Jump to year" }).GetByRole(AriaRole.Link).First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{4} \(\d+\)$"));
        }
        else
        {
            await Assertions.Expect(overview).ToBeVisibleAsync();
        }
        await Assertions.Expect(page.Locator("ol.timeline > li.ks").First).ToContainTextAsync("known as of 4 October 2021 (845 days after filing)");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("nothing overflows the page");
        await Browser.SaveScreenshotAsync(page, $"timeline-{width}.png");
    }
}
