using System.Net;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Security;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Security;

/// <summary>Sign-in that reveals nothing, lockout, the per-client limit, and sessions that end when they should.</summary>
public class SessionAndSignInTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string SamePassword = "a long and private passphrase";
    private const string FailureMessage = "The email or password is not correct, or the account cannot sign in right now.";

    private async Task<(Guid Id, string Email)> NewUserAsync(Action<ApplicationUser>? change = null)
    {
        var email = $"user-{Guid.NewGuid():N}@example.org";
        var user = await app.Factory.CreateUserAsync(email, SamePassword, Roles.Caseworker, change);
        return (user.Id, email);
    }

    private Task ChangeUserAsync(Guid id, Action<ApplicationUser> change) => app.Factory.ChangeUserAsync(id, change);

    private async Task<string?> FailureShownAsync(string email, string password)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.SignInAsync(email, password);
        var page = await HtmlPages.ReadAsync(response);
        page.QuerySelector("form .site-user, nav form[action='/Account/SignOut']").ShouldBeNull("not signed in");
        return page.QuerySelector("[role=alert]")?.TextContent.Trim();
    }

    [Fact]
    public async Task An_unknown_account_a_wrong_password_a_locked_and_a_disabled_account_get_the_same_answer()
    {
        var (_, known) = await NewUserAsync();
        var (_, locked) = await NewUserAsync(u => u.LockoutEnd = DateTimeOffset.UtcNow.AddHours(1));
        var (_, disabled) = await NewUserAsync(u => u.IsDisabled = true);

        var answers = new[]
        {
            await FailureShownAsync($"nobody-{Guid.NewGuid():N}@example.org", SamePassword),
            await FailureShownAsync(known, "not the right passphrase"),
            await FailureShownAsync(locked, SamePassword),
            await FailureShownAsync(disabled, SamePassword),
        };

        answers.ShouldAllBe(answer => answer == FailureMessage);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_and_it_is_audited()
    {
        var (id, email) = await NewUserAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await FailureShownAsync(email, $"wrong passphrase number {attempt}")).ShouldBe(FailureMessage);
        }

        (await FailureShownAsync(email, SamePassword)).ShouldBe(FailureMessage, "locked: even the right password is refused");
        var user = await app.Factory.QueryAsync(db => db.Users.SingleAsync(u => u.Id == id));
        user.LockoutEnd.ShouldNotBeNull();
        (user.LockoutEnd!.Value - DateTimeOffset.UtcNow).TotalMinutes.ShouldBeInRange(13, 15.5);
        var actions = await app.Factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId == id).Select(a => a.Action).ToListAsync());
        actions.Count(a => a == AuditAction.SignInFailed).ShouldBe(4);
        actions.ShouldContain(AuditAction.LockedOut);
    }

    [Fact]
    public async Task A_successful_sign_in_is_audited_with_the_user()
    {
        var (id, email) = await NewUserAsync();
        using var client = app.Factory.CreateClient();

        using var response = await client.SignInAsync(email, SamePassword);

        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/");
        (await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.SignIn && a.UserId == id))).ShouldBe(1);
    }

    [Fact]
    public async Task A_disabled_users_open_session_is_refused_on_its_next_request()
    {
        var (id, email) = await NewUserAsync();
        using var client = app.Factory.CreateClientWithoutRedirects();
        using (await client.SignInAsync(email, SamePassword))
        {
        }

        using (var before = await client.GetAsync(new Uri("/Cases", UriKind.Relative)))
        {
            before.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await ChangeUserAsync(id, u => u.IsDisabled = true);

        using var after = await client.GetAsync(new Uri("/Cases", UriKind.Relative));
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.AbsolutePath.ShouldBe(IdentitySetup.SignInPath);
    }

    [Fact]
    public async Task Signing_out_kills_every_copy_of_the_session_cookie()
    {
        var (_, email) = await NewUserAsync();
        var jar = new CookieJar();
        using var client = app.Factory.CreateDefaultClient(app.Factory.ClientOptions.BaseAddress, jar);
        using (await client.SignInAsync(email, SamePassword))
        {
        }

        var session = jar.Cookies.GetAllCookies().Single(c => c.Name == "CaseTracker.Session");
        var home = await client.GetPageAsync("/Cases");
        using (await client.SubmitAsync(home, new Dictionary<string, string>(), "form[action='/Account/SignOut']"))
        {
        }

        // Someone who copied the cookie before the sign-out replays it.
        using var stolen = app.Factory.CreateClientWithoutRedirects();
        using var replay = new HttpRequestMessage(HttpMethod.Get, "/Cases");
        replay.Headers.Add("Cookie", $"{session.Name}={session.Value}");
        using var response = await stolen.SendAsync(replay);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe(IdentitySetup.SignInPath);
    }

    [Fact]
    public async Task A_user_told_to_change_their_password_reaches_no_page_until_they_have()
    {
        var (id, email) = await NewUserAsync(u => u.MustChangePassword = true);
        using var client = app.Factory.CreateClient();
        using var signedIn = await client.SignInAsync(email, SamePassword);
        signedIn.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/ChangePassword");
        using (var cases = await client.GetAsync(new Uri("/Cases", UriKind.Relative)))
        {
            cases.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/ChangePassword");
        }

        var form = await client.GetPageAsync("/Account/ChangePassword");
        using var common = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = SamePassword,
            ["Input.NewPassword"] = "password1234",
            ["Input.ConfirmPassword"] = "password1234",
        });
        (await HtmlPages.ReadAsync(common)).QuerySelector("#new-error")!.TextContent.ShouldBe("This password is one of the most common ones. Choose another.");

        using var changed = await client.SubmitAsync(await client.GetPageAsync("/Account/ChangePassword"), new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = SamePassword,
            ["Input.NewPassword"] = "river stones under the bridge",
            ["Input.ConfirmPassword"] = "river stones under the bridge",
        });

        changed.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/");
        using (var cases = await client.GetAsync(new Uri("/Cases", UriKind.Relative)))
        {
            cases.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Cases");
        }

        (await app.Factory.QueryAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.MustChangePassword).SingleAsync())).ShouldBeFalse();
        (await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.PasswordChanged && a.EntityId == id))).ShouldBe(1);
    }

    [Fact]
    public async Task A_session_ends_after_thirty_idle_minutes_and_twelve_hours_after_sign_in_however_active()
    {
        var (_, email) = await NewUserAsync();
        var start = new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
        app.Factory.Clock.Set(start);
        try
        {
            using var idle = app.Factory.CreateClientWithoutRedirects();
            using (await idle.SignInAsync(email, SamePassword))
            {
            }

            app.Factory.Clock.Set(start.AddMinutes(31));
            using (var afterIdle = await idle.GetAsync(new Uri("/Cases", UriKind.Relative)))
            {
                afterIdle.StatusCode.ShouldBe(HttpStatusCode.Redirect, "30 minutes without a request");
            }

            app.Factory.Clock.Set(start);
            var jar = new CookieJar();
            using var busy = app.Factory.CreateDefaultClient(app.Factory.ClientOptions.BaseAddress, jar);
            using (await busy.SignInAsync(email, SamePassword))
            {
            }

            // A request every 20 minutes keeps the session alive, until 12 hours have passed.
            for (var minutes = 20; minutes < 12 * 60; minutes += 20)
            {
                app.Factory.Clock.Set(start.AddMinutes(minutes));
                using var alive = await busy.GetAsync(new Uri("/Cases", UriKind.Relative));
                alive.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Cases", $"still signed in after {minutes} minutes");
            }

            app.Factory.Clock.Set(start.AddHours(12).AddMinutes(5));
            using var expired = await busy.GetAsync(new Uri("/Cases", UriKind.Relative));
            expired.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe(IdentitySetup.SignInPath);
        }
        finally
        {
            app.Factory.Clock.Reset();
        }
    }

    /// <summary>Keeps the cookies a client receives where the test can read them.</summary>
    private sealed class CookieJar : DelegatingHandler
    {
        public CookieContainer Cookies { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = Cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                {
                    Cookies.SetCookies(request.RequestUri!, setCookie);
                }
            }

            // Follow redirects by hand, keeping cookies, as a browser would.
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && response.Headers.Location is { } location)
            {
                var next = new HttpRequestMessage(HttpMethod.Get, new Uri(request.RequestUri!, location));
                response.Dispose();
                return await SendAsync(next, cancellationToken);
            }

            return response;
        }
    }
}
