using CaseTracker.Web.Auditing;
using CaseTracker.Web.Security;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Security;

/// <summary>Two-factor sign-in with a code computed here as an authenticator app would (RFC 6238), recovery codes, and the admin's requirement.</summary>
public class TwoFactorTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Password = "tea kettle on a cold morning";

    private async Task<string> NewUserAsync(string role = Roles.Caseworker)
    {
        var email = $"tfa-{Guid.NewGuid():N}@example.org";
        await app.Factory.CreateUserAsync(email, Password, role);
        return email;
    }

    private static string Totp(string base32Key, DateTimeOffset now) => AuthenticatorApp.Code(base32Key, now);

    private async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> TurnOnAsync(HttpClient client)
    {
        var setup = await client.GetPageAsync("/Account/TwoFactor");
        setup.QuerySelector("img[src^='data:image/png;base64,']").ShouldNotBeNull("a QR code");
        var key = setup.QuerySelector(".authenticator-key")!.TextContent;
        using var enabled = await client.SubmitAsync(setup, new Dictionary<string, string> { ["Code"] = Totp(key, app.Factory.Clock.GetUtcNow()) });
        var page = await HtmlPages.ReadAsync(enabled);
        var codes = page.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        codes.Count.ShouldBe(10, page.QuerySelector("main")?.TextContent);
        return (key, codes);
    }

    private async Task<HttpResponseMessage> SecondStepAsync(HttpClient client, string email, string code)
    {
        using var first = await client.SignInAsync(email, Password);
        first.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/SignInTwoFactor");
        return await client.SubmitAsync(await HtmlPages.ReadAsync(first), new Dictionary<string, string> { ["Code"] = code });
    }

    [Fact]
    public async Task With_two_factor_on_the_password_alone_is_not_enough_and_the_apps_code_signs_in()
    {
        var email = await NewUserAsync();
        using (var owner = app.Factory.CreateClient())
        {
            using (await owner.SignInAsync(email, Password))
            {
            }

            var (key, _) = await TurnOnAsync(owner);
            key.Length.ShouldBeGreaterThan(20);
        }

        using var client = app.Factory.CreateClient();
        using (var wrong = await SecondStepAsync(client, email, "000000"))
        {
            (await HtmlPages.ReadAsync(wrong)).QuerySelector("#code-error")!.TextContent.ShouldContain("This code is not right");
        }

        using (var cases = await client.GetAsync(new Uri("/Cases", UriKind.Relative)))
        {
            cases.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe(IdentitySetup.SignInPath, "the password alone did not sign in");
        }
    }

    [Fact]
    public async Task A_code_computed_from_the_key_signs_in_and_a_recovery_code_works_once()
    {
        var email = await NewUserAsync();
        string key;
        IReadOnlyList<string> recovery;
        using (var owner = app.Factory.CreateClient())
        {
            using (await owner.SignInAsync(email, Password))
            {
            }

            (key, recovery) = await TurnOnAsync(owner);
        }

        // The code that turned two-factor on was used once; the app shows the next one 30 seconds later.
        app.Factory.Clock.Set(app.Factory.Clock.GetUtcNow().AddSeconds(30));
        using (var withApp = app.Factory.CreateClient())
        using (var signedIn = await SecondStepAsync(withApp, email, Totp(key, app.Factory.Clock.GetUtcNow())))
        {
            signedIn.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/");
        }

        using (var withRecovery = app.Factory.CreateClient())
        using (var signedIn = await SecondStepAsync(withRecovery, email, recovery[0]))
        {
            signedIn.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/");
        }

        using var again = app.Factory.CreateClient();
        using var refused = await SecondStepAsync(again, email, recovery[0]);
        refused.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/SignInTwoFactor");
        (await HtmlPages.ReadAsync(refused)).QuerySelector("#code-error")!.TextContent.ShouldContain("used already");
        var actions = await app.Factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "User" && db.Users.Any(u => u.Id == a.EntityId && u.Email == email)).Select(a => a.Action).ToListAsync());
        actions.ShouldContain(AuditAction.TwoFactorEnabled);
        actions.ShouldContain(AuditAction.RecoveryCodeUsed);
    }

    [Fact]
    public async Task When_an_admin_requires_two_factor_a_user_without_it_is_sent_to_set_it_up_and_an_admin_can_reset_it()
    {
        var email = await NewUserAsync();
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var settings = await admin.GetPageAsync("/Settings");
        using (await admin.SubmitAsync(settings, new Dictionary<string, string> { ["RequireTwoFactor"] = "true" }))
        {
        }

        // The requirement holds for the admin too.
        using (var adminPage = await admin.GetAsync(new Uri("/Users", UriKind.Relative)))
        {
            adminPage.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/TwoFactor");
        }

        await TurnOnAsync(admin);

        try
        {
            using var user = app.Factory.CreateClient();
            using (await user.SignInAsync(email, Password))
            {
            }

            using (var cases = await user.GetAsync(new Uri("/Cases", UriKind.Relative)))
            {
                cases.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/TwoFactor");
            }

            await TurnOnAsync(user);
            using (var cases = await user.GetAsync(new Uri("/Cases", UriKind.Relative)))
            {
                cases.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Cases");
            }

            (await user.GetPageAsync("/Account/TwoFactor")).QuerySelector("form[action*='handler=Disable']").ShouldBeNull("required: it cannot be turned off");

            var id = await app.Factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
            using (await admin.SubmitAsync(await admin.GetPageAsync($"/Users/Edit/{id}"), new Dictionary<string, string>(), "form[action*='handler=ResetTwoFactor']"))
            {
            }

            (await app.Factory.QueryAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.TwoFactorEnabled).SingleAsync())).ShouldBeFalse();
            using var ended = await user.GetAsync(new Uri("/Cases", UriKind.Relative));
            ended.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe(IdentitySetup.SignInPath, "the reset ended the user's session");
        }
        finally
        {
            using (await admin.SubmitAsync(await admin.GetPageAsync("/Settings"), new Dictionary<string, string> { ["RequireTwoFactor"] = "false" }))
            {
            }
        }
    }

    [Fact]
    public async Task A_code_signs_in_once_and_only_from_the_step_before_to_the_step_after()
    {
        var email = await NewUserAsync();
        var start = DateTimeOffset.UtcNow;
        app.Factory.Clock.Set(start);
        string key;
        using (var owner = app.Factory.CreateClient())
        {
            using (await owner.SignInAsync(email, Password))
            {
            }

            (key, _) = await TurnOnAsync(owner);
        }

        try
        {
            // The step that turned it on is spent; so is every step before it.
            (await SignsInAsync(email, Totp(key, start))).ShouldBeFalse("the code that turned two-factor on cannot sign in");
            app.Factory.Clock.Set(start.AddSeconds(60));
            (await SignsInAsync(email, Totp(key, start.AddSeconds(120)))).ShouldBeFalse("a code two steps ahead is refused");
            (await SignsInAsync(email, Totp(key, start))).ShouldBeFalse("a code two steps old is refused");
            (await SignsInAsync(email, Totp(key, start.AddSeconds(90)))).ShouldBeTrue("a code one step ahead is accepted");
            (await SignsInAsync(email, Totp(key, start.AddSeconds(90)))).ShouldBeFalse("the same code a second time is refused");
            (await SignsInAsync(email, Totp(key, start.AddSeconds(60)))).ShouldBeFalse("a code older than the last one used is refused");
            app.Factory.Clock.Set(start.AddSeconds(150));
            (await SignsInAsync(email, Totp(key, start.AddSeconds(120)))).ShouldBeTrue("a code one step old, newer than the last used, is accepted");
        }
        finally
        {
            app.Factory.Clock.Reset();
        }
    }

    private async Task<bool> SignsInAsync(string email, string code)
    {
        using var client = app.Factory.CreateClient();
        using var answer = await SecondStepAsync(client, email, code);
        return answer.RequestMessage!.RequestUri!.AbsolutePath == "/";
    }
}
