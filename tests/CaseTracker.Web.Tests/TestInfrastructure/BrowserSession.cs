using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.TestInfrastructure;

/// <summary>
/// Headless Chromium through Playwright, using the system's Chromium (Debian's package here; set
/// CASETRACKER_CHROMIUM elsewhere). Playwright's own browser download is never used.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static string ArtifactsFolder { get; } =
        Environment.GetEnvironmentVariable("CASETRACKER_TEST_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : RepositoryFiles.PathOf("TestResults", "artifacts");

    public static async Task<BrowserSession> StartAsync()
    {
        var executable = Environment.GetEnvironmentVariable("CASETRACKER_CHROMIUM") is { Length: > 0 } configured
            ? configured
            : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {executable}. Run ./test.sh (it installs Debian's chromium) or set CASETRACKER_CHROMIUM.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>A page of a new browser profile: its screen size, and the language the browser asks for (Accept-Language).</summary>
    public async Task<IPage> NewPageAsync(int width, int height, string locale = "en-GB")
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
        });
        return await context.NewPageAsync();
    }

    public async Task SaveScreenshotAsync(IPage page, string fileName)
    {
        Directory.CreateDirectory(ArtifactsFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsFolder, fileName), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
