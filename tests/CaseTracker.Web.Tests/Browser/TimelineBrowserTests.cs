using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Browser;

/// <summary>The demo timeline on a phone and on a desktop, kept as screenshots in the test artifacts.</summary>
public class TimelineBrowserTests : IAsyncLifetime
{
    private CaseTrackerFactory? _factory;
    private BrowserSession? _browser;

    public async Task InitializeAsync()
    {
        _factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        _factory.Clock.SetToday(2026, 11, 22);
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

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task The_demo_timeline_reads_on_a_phone_and_a_desktop(int width, int height)
    {
        var caseId = await _factory!.CaseIdAsync("KG-2020-003");
        var baseUrl = _factory!.ClientOptions.BaseAddress!;
        var page = await _browser!.NewPageAsync(width, height);
        await page.GotoAsync(new Uri(baseUrl, "/Account/SignIn").ToString());
        await page.GetByLabel("Email").FillAsync(SignedInClients.Researcher);
        await page.GetByLabel("Password").FillAsync(CaseTrackerFactory.DemoPassword);
        await page.GetByLabel("Password").PressAsync("Enter");

        await page.GotoAsync(new Uri(baseUrl, $"/Cases/{caseId}/Timeline").ToString());

        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Overview of the timeline" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("ol.timeline > li.ks").First).ToContainTextAsync("no reply for 2720 days so far");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("nothing overflows the page");
        await _browser.SaveScreenshotAsync(page, $"timeline-{width}.png");
    }
}
