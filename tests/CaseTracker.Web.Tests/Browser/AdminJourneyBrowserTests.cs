using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Browser;

/// <summary>
/// Issue 16's third journey, in English and in Russian: an admin creates an account and copies its
/// one-time link; the new user opens it, sets a password, signs in, sets up two-factor sign-in with an
/// authenticator app (its code computed here from the key shown), and signs in again with both factors.
/// Screenshots at 390 and 1280 px go to the artifacts.
/// </summary>
[Collection(BrowserJourney.Collection)]
public class AdminJourneyBrowserTests : BrowserJourney
{
    private const string Password = "four blue kettles singing";

    [Theory]
    [InlineData("en", "Aida Journey")]
    [InlineData("ru", "Аида Путешествие")]
    public async Task An_admin_creates_a_user_who_sets_a_password_through_the_link_sets_up_two_factor_and_signs_in(string language, string name)
    {
        var ui = UiLanguage.Of(language);
        var email = $"journey-{language}@example.org";
        var admin = await SignInAsync(SignedInClients.Admin, 1280, 900, ui);
        await admin.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);

        await admin.GetByRole(AriaRole.Link, new() { Name = ui["Users"], Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = ui["New user"] }).ClickAsync();
        await admin.GetByLabel(ui["Name"]).FillAsync(name);
        await admin.GetByLabel(ui["Email"]).FillAsync(email);
        await admin.GetByLabel(ui["Researcher"]).CheckAsync();
        await SaveScreenshotsAsync(admin, "admin-new-user", ui);
        await admin.GetByRole(AriaRole.Button, new() { Name = ui["Create the account"] }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        var link = await admin.GetByLabel(ui["Set-password link"]).InputValueAsync();
        var copy = admin.Locator("button[data-copy=password-link]");
        await Assertions.Expect(copy).ToHaveTextAsync(ui["Copy the link"]);
        await copy.ClickAsync();
        await Assertions.Expect(copy).ToHaveTextAsync(ui["Copied"]);
        (await admin.EvaluateAsync<string>("navigator.clipboard.readText()")).ShouldBe(link);
        await SaveScreenshotsAsync(admin, "admin-link", ui);

        var user = await Browser.NewPageAsync(390, 844, ui.BrowserLocale);
        await user.GotoAsync(link);
        await user.GetByRole(AriaRole.Textbox, new() { Name = ui["New password"], Exact = true }).FillAsync(Password);
        await user.GetByRole(AriaRole.Textbox, new() { Name = ui["New password again"], Exact = true }).FillAsync(Password);
        await user.GetByRole(AriaRole.Button, new() { Name = ui["Set password"] }).ClickAsync();
        await Assertions.Expect(user.GetByRole(AriaRole.Status)).ToHaveTextAsync(ui["Your password is set."]);
        await user.GetByRole(AriaRole.Link, new() { Name = ui["Sign in"] }).ClickAsync();
        await SignInWithPasswordAsync(user, ui, email);
        await Assertions.Expect(user).ToHaveURLAsync(new Uri(BaseUrl, "/").ToString());

        await user.GotoAsync(new Uri(BaseUrl, "/Account/TwoFactor").ToString());
        var key = await user.Locator(".authenticator-key").InnerTextAsync();
        await user.GetByLabel(ui["Code from the app"]).FillAsync(AuthenticatorApp.Code(key, Factory.Clock.GetUtcNow()));
        await SaveScreenshotsAsync(user, "user-two-factor-setup", ui);
        await user.GetByRole(AriaRole.Button, new() { Name = ui["Turn two-factor sign-in on"] }).ClickAsync();
        await Assertions.Expect(user.Locator(".recovery-codes li")).ToHaveCountAsync(10);

        await user.GetByRole(AriaRole.Button, new() { Name = ui["Menu"] }).ClickAsync();
        await user.GetByRole(AriaRole.Button, new() { Name = ui["Sign out"] }).ClickAsync();
        await user.GotoAsync(new Uri(BaseUrl, "/Account/SignIn").ToString());
        await SignInWithPasswordAsync(user, ui, email);
        await Assertions.Expect(user.GetByLabel(ui["Code from your app, or a recovery code"])).ToBeVisibleAsync();
        Factory.Clock.Set(Factory.Clock.GetUtcNow().AddSeconds(30)); // the code that turned it on was used once; the app shows the next
        await user.GetByLabel(ui["Code from your app, or a recovery code"]).FillAsync(AuthenticatorApp.Code(key, Factory.Clock.GetUtcNow()));
        await user.GetByRole(AriaRole.Button, new() { Name = ui["Sign in"] }).ClickAsync();

        await Assertions.Expect(user.Locator("main")).ToContainTextAsync(ui.Format("You are signed in as {0}.", email));
        await SaveScreenshotsAsync(user, "user-signed-in", ui);
        await admin.GotoAsync(new Uri(BaseUrl, "/Users").ToString());
        var row = admin.Locator("tbody tr", new() { HasText = email });
        await Assertions.Expect(row.GetByRole(AriaRole.Link)).ToHaveTextAsync(name);
        await Assertions.Expect(row).ToContainTextAsync(ui["Two-factor on"]);
        await SaveScreenshotsAsync(admin, "admin-users", ui);
    }

    private static async Task SignInWithPasswordAsync(IPage page, UiLanguage ui, string email)
    {
        await page.GetByLabel(ui["Email"]).FillAsync(email);
        await page.GetByRole(AriaRole.Textbox, new() { Name = ui["Password"], Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = ui["Sign in"] }).ClickAsync();
    }
}
