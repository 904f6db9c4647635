using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.TestInfrastructure;

/// <summary>A browser journey: the app on a real Kestrel port with its own database, and Chromium.</summary>
public abstract class BrowserJourney : IAsyncLifetime
{
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

    /// <summary>A new browser page signed in through the sign-in form as a demo account.</summary>
    protected async Task<IPage> SignInAsync(string email, int width, int height)
    {
        var page = await Browser.NewPageAsync(width, height);
        await page.GotoAsync(new Uri(BaseUrl, "/Account/SignIn").ToString());
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(CaseTrackerFactory.DemoPassword);
        await page.GetByLabel("Password").PressAsync("Enter");
        await page.WaitForURLAsync(new Uri(BaseUrl, "/").ToString());
        return page;
    }
}
