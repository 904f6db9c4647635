using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Browser;

/// <summary>Real Chromium against the app on a real Kestrel port: sign-in and the folded menu of a phone.</summary>
[Collection(BrowserJourney.Collection)]
public class SignInBrowserTests : BrowserJourney
{
    [Fact]
    public async Task A_caseworker_signs_in_with_the_keyboard_on_a_phone_sized_screen()
    {
        var page = await Browser.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(new Uri(Factory.ClientOptions.BaseAddress, "/").ToString());

        // Anonymous: sent to sign-in. Fill the form through its labels and submit with Enter.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/SignIn"));
        await page.GetByLabel("Email").FillAsync("caseworker@casetracker.local");
        await page.GetByLabel("Password").FillAsync(CaseTrackerFactory.DemoPassword);
        await page.GetByLabel("Password").PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome to CaseTracker" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Your role: Caseworker")).ToBeVisibleAsync();
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(390, "nothing overflows a phone screen");
        await Browser.SaveScreenshotAsync(page, "sign-in-home-390.png");

        // On a phone the menu is folded behind one button, so the header stays one line high.
        var menuButton = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var cases = page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true });
        await Assertions.Expect(cases).ToBeHiddenAsync();
        (await page.Locator("header").BoundingBoxAsync())!.Height.ShouldBeLessThan(844 * 0.12f, "the header takes little of a phone screen");
        await menuButton.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(cases).ToBeVisibleAsync();
        await Browser.SaveScreenshotAsync(page, "menu-open-390.png");
        await cases.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true })).ToBeHiddenAsync();
        await menuButton.ClickAsync();
        await Assertions.Expect(page.Locator("a.nav-link[aria-current=page]")).ToHaveTextAsync("Cases");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(menuButton).ToBeFocusedAsync();
    }
}
