using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.TestInfrastructure;

/// <summary>A browser journey: the app on a real Kestrel port with its own database, and Chromium.</summary>
public abstract class BrowserJourney : IAsyncLifetime
{
    /// <summary>
    /// The journeys run one after another (each class is still its own app and browser): several
    /// Chromiums at once on two cores, beside the rest of the suite, starved one another until a sign-in
    /// timed out (seen twice in full runs, never alone).
    /// </summary>
    public const string Collection = "Browser journeys, one at a time";

    private CaseTrackerFactory? _factory;
    private BrowserSession? _browser;

    protected CaseTrackerFactory Factory => _factory ?? throw new InvalidOperationException("Not started");

    protected BrowserSession Browser => _browser ?? throw new InvalidOperationException("Not started");

    protected Uri BaseUrl => Factory.ClientOptions.BaseAddress!;

    public virtual async Task InitializeAsync()
    {
        _factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        _factory.UseKestrel(0);
        _factory.StartServer();
        _factory.ClientOptions.BaseAddress = new Uri(_factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
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

    /// <summary>A new browser page signed in through the sign-in form as a demo account, its browser asking for <paramref name="ui"/>'s language (English by default).</summary>
    protected async Task<IPage> SignInAsync(string email, int width, int height, UiLanguage? ui = null)
    {
        ui ??= UiLanguage.Of("en");
        var page = await Browser.NewPageAsync(width, height, ui.BrowserLocale);
        await page.GotoAsync(new Uri(BaseUrl, "/Account/SignIn").ToString());
        await page.GetByLabel(ui["Email"]).FillAsync(email);
        await page.GetByLabel(ui["Password"]).FillAsync(CaseTrackerFactory.DemoPassword);
        await page.GetByLabel(ui["Password"]).PressAsync("Enter");
        try
        {
            // Polls the address and the page rather than waiting for navigation events: twice in full runs
            // WaitForURL timed out while the browser already showed the signed-in home page (the
            // screenshot saved below), once even waiting only for DOMContentLoaded.
            await Assertions.Expect(page).ToHaveURLAsync(new Uri(BaseUrl, "/").ToString(), new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(ui["You are signed in as {0}."].Split("{0}")[0].Trim(), new() { Timeout = 30_000 });
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException)
        {
            // Say where the browser was and what it showed, so a failure here can be understood.
            await Browser.SaveScreenshotAsync(page, $"sign-in-failed-{email.Split('@')[0]}.png");
            var shown = await page.Locator("main").InnerTextAsync(new() { Timeout = 5_000 });
            throw new TimeoutException($"Signing in as {email} did not reach the home page: still at {page.Url}, showing: {shown}", ex);
        }

        return page;
    }

    /// <summary>Screenshots of what the page shows at a phone's width and at a desktop's, named for the journey and language.</summary>
    protected async Task SaveScreenshotsAsync(IPage page, string name, UiLanguage ui)
    {
        var size = page.ViewportSize!;
        foreach (var (width, height) in new[] { (390, 844), (1280, 900) })
        {
            await page.SetViewportSizeAsync(width, height);
            await Browser.SaveScreenshotAsync(page, $"{name}-{ui.Code}-{width}.png");
        }

        await page.SetViewportSizeAsync(size.Width, size.Height);
    }
}
