using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Browser;

/// <summary>Real Chromium against the app on a real Kestrel port.</summary>
public class SignInBrowserTests : IAsyncLifetime
{
    private CaseTrackerFactory? _factory;
    private BrowserSession? _browser;

    public async Task InitializeAsync()
    {
        _factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _factory.ClientOptions.BaseAddress = new Uri(address);
        await _factory.WaitUntilReadyAsync();
        _browser = await BrowserSession.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_caseworker_signs_in_with_the_keyboard_on_a_phone_sized_screen()
    {
        var page = await _browser!.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(new Uri(_factory!.ClientOptions.BaseAddress, "/").ToString());

        // Anonymous: sent to sign-in. Fill the form through its labels and submit with Enter.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/SignIn"));
        await page.GetByLabel("Email").FillAsync("caseworker@casetracker.local");
        await page.GetByLabel("Password").FillAsync(CaseTrackerFactory.DemoPassword);
        await page.GetByLabel("Password").PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome to CaseTracker" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Your role: Caseworker")).ToBeVisibleAsync();
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(390, "nothing overflows a phone screen");
        await _browser.SaveScreenshotAsync(page, "sign-in-home-390.png");
    }
}
