using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Browser;

/// <summary>
/// A newcomer whose phone is in Russian: every main page is in Russian and fits 390 px with nothing cut
/// off sideways, lists read as cards; a screenshot of each is kept as an artifact.
/// </summary>
[Collection(BrowserJourney.Collection)]
public class PhoneInRussianBrowserTests : BrowserJourney
{
    [Fact]
    public async Task Every_main_page_reads_in_russian_on_a_phone_and_lists_are_cards()
    {
        var caseId = await Factory.CaseIdAsync("KZ-2022-019");
        var page = await Browser.NewPageAsync(width: 390, height: 844, locale: "ru-RU");
        await page.GotoAsync(new Uri(BaseUrl, "/Account/SignIn").ToString());
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await page.GetByLabel("Электронная почта").FillAsync(SignedInClients.Admin);
        await page.GetByLabel("Пароль").FillAsync(CaseTrackerFactory.DemoPassword);
        await page.GetByLabel("Пароль").PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Добро пожаловать в CaseTracker" })).ToBeVisibleAsync();

        (string Name, string Url)[] pages =
        [
            ("home", "/"), ("cases", "/Cases"), ("case", $"/Cases/Details/{caseId}"), ("timeline", $"/Cases/{caseId}/Timeline"),
            ("people", "/People"), ("search", "/Search?q=" + Uri.EscapeDataString("пытки")), ("statistics", "/Statistics"),
            ("institutions", "/Institutions"), ("users", "/Users"), ("audit", "/Audit"), ("add-incident", $"/Incidents/Create/{caseId}"),
            ("add-complaint", $"/Complaints/Create/{caseId}"), ("add-act", $"/Acts/Create/{caseId}"),
        ];
        var overflowing = new List<string>();
        foreach (var (name, url) in pages)
        {
            await page.GotoAsync(new Uri(BaseUrl, url).ToString());
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
            if (await page.EvaluateAsync<int>("document.documentElement.scrollWidth") > 390)
            {
                overflowing.Add(name);
            }

            await Browser.SaveScreenshotAsync(page, $"ru-{name}-390.png");
        }

        overflowing.ShouldBeEmpty("every main page fits a phone screen");
        await page.GotoAsync(new Uri(BaseUrl, "/Cases").ToString());
        var firstCase = page.Locator("table.case-list tbody tr").First;
        (await firstCase.EvaluateAsync<string>("row => getComputedStyle(row).display")).ShouldBe("block", "each case is a card");
        await Assertions.Expect(firstCase.Locator("td[data-label='Статус']")).ToBeVisibleAsync();
        await Assertions.Expect(firstCase.Locator("td[data-label='Страна']")).ToHaveTextAsync("Киргизия", new() { UseInnerText = false });
    }
}
