using System.Text.RegularExpressions;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Browser;

/// <summary>A caseworker on a phone adds an incident to the demo case, keyboard only: a refused first try puts the focus on what to fix, and the date is read before saving, also when it counts from another entry.</summary>
[Collection(BrowserJourney.Collection)]
public partial class AddIncidentBrowserTests : BrowserJourney
{
    [Fact]
    public async Task A_caseworker_adds_an_incident_on_a_phone_with_the_keyboard_and_a_live_date_reading()
    {
        var caseId = await Factory.CaseIdAsync("KG-2020-003");
        var page = await Browser.NewPageAsync(width: 390, height: 844);
        var baseUrl = Factory.ClientOptions.BaseAddress!;
        await page.GotoAsync(new Uri(baseUrl, "/Account/SignIn").ToString());
        await page.GetByLabel("Email").FillAsync(SignedInClients.Caseworker);
        await page.GetByLabel("Password").FillAsync(CaseTrackerFactory.DemoPassword);
        await page.GetByLabel("Password").PressAsync("Enter");
        await page.GotoAsync(new Uri(baseUrl, $"/Cases/Details/{caseId}").ToString());
        await Browser.SaveScreenshotAsync(page, "case-page-390.png");
        (await NoHorizontalOverflowAsync(page)).ShouldBeTrue("the case page fits a phone screen");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add incident" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add incident" })).ToBeVisibleAsync();

        // Sent empty: the summary of what to fix takes the focus; editing a refused field clears its message.
        await page.GetByLabel("Title").PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#Input_Title")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#title-error")).ToHaveTextAsync("Enter a title.");
        await page.GetByLabel("Title").FillAsync("Summoned to the prosecutor without notice");
        await Assertions.Expect(page.Locator("#Input_Title")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#title-error")).ToBeEmptyAsync();
        var date = page.GetByLabel("Date", new() { Exact = true });
        await date.PressSequentiallyAsync("31 February 2021");
        await Assertions.Expect(page.Locator("#Input_Date_reading")).ToHaveTextAsync("That day does not exist in that month.");
        await date.FillAsync("");
        await date.PressSequentiallyAsync("a week later");
        await Assertions.Expect(page.Locator("#Input_Date_reading")).ToHaveTextAsync("Choose below the entry this date counts from, or type the date in full.");
        var countedFrom = page.GetByLabel("Counted from, or comes after");
        await countedFrom.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Assertions.Expect(page.Locator("#Input_Date_reading")).ToHaveTextAsync(WeekLaterReading(), new() { Timeout = 5000 });
        await countedFrom.SelectOptionAsync("");
        await date.FillAsync("");
        await date.PressSequentiallyAsync("c. March 2021");
        await Assertions.Expect(page.Locator("#Input_Date_reading")).ToHaveTextAsync("Read as: c. March 2021");
        await page.GetByLabel("Judicial harassment").CheckAsync();
        await Browser.SaveScreenshotAsync(page, "add-incident-390.png");
        (await NoHorizontalOverflowAsync(page)).ShouldBeTrue("the form fits a phone screen");
        await page.GetByLabel("Title").PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(IncidentAnchor());
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Incident added.");
        await Assertions.Expect(page.Locator("article.incident", new() { HasText = "Summoned to the prosecutor without notice" }).Locator(".record-date")).ToHaveTextAsync("c. March 2021");
    }

    private static Task<bool> NoHorizontalOverflowAsync(IPage page) =>
        page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth");

    [GeneratedRegex(@"^Read as: a week later \(c\. .+\)$")]
    private static partial Regex WeekLaterReading();

    [GeneratedRegex("/Cases/Details/.+#incident-")]
    private static partial Regex IncidentAnchor();
}
