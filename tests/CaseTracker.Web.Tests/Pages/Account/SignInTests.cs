using System.Net;
using AngleSharp.Html.Dom;
using CaseTracker.Web.Security;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Web.Tests.Pages.Account;

public class SignInTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string GenericError = "The email or password is not correct, or the account cannot sign in right now.";

    [Fact]
    public async Task Sign_in_page_renders_a_labelled_form_with_an_antiforgery_token()
    {
        using var client = app.Factory.CreateClient();

        var page = await client.GetPageAsync("/Account/SignIn");

        page.Title.ShouldBe("Sign in · CaseTracker");
        var form = page.QuerySelector<IHtmlFormElement>("main form").ShouldNotBeNull();
        form.Method.ShouldBe("post");
        form.QuerySelector("input[name=__RequestVerificationToken]").ShouldNotBeNull();
        foreach (var id in new[] { "Input_Email", "Input_Password" })
        {
            page.QuerySelector($"label[for={id}]").ShouldNotBeNull($"field {id} has no label");
        }

        page.QuerySelector<IHtmlInputElement>("#Input_Password")!.Type.ShouldBe("password");
    }

    [Fact]
    public async Task Demo_caseworker_signs_in_through_the_form_and_lands_on_the_home_page()
    {
        using var client = app.Factory.CreateClient();

        using var response = await client.SignInAsync("caseworker@casetracker.local", CaseTrackerFactory.DemoPassword);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/");
        var home = await HtmlPages.ReadAsync(response);
        home.QuerySelector("h1")!.TextContent.ShouldBe("Welcome to CaseTracker");
        home.QuerySelector("main")!.TextContent.ShouldContain("Your role: Caseworker");
        home.QuerySelector(".site-user")!.TextContent.ShouldBe("caseworker@casetracker.local");
    }

    [Fact]
    public async Task Wrong_password_shows_the_generic_error_and_keeps_the_email()
    {
        using var client = app.Factory.CreateClient();

        using var response = await client.SignInAsync("researcher@casetracker.local", "not the right password");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPages.ReadAsync(response);
        page.QuerySelector("[role=alert]")!.TextContent.Trim().ShouldBe(GenericError);
        page.QuerySelector<IHtmlInputElement>("#Input_Email")!.Value.ShouldBe("researcher@casetracker.local");
        page.QuerySelector<IHtmlInputElement>("#Input_Password")!.Value.ShouldBeNullOrEmpty();
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/SignIn");
    }

    [Fact]
    public async Task Unknown_email_and_locked_account_get_the_same_message_as_a_wrong_password()
    {
        var lockedEmail = $"locked-{Guid.NewGuid():N}@example.org";
        const string password = "a long enough password";
        await CreateUserAsync(lockedEmail, password);
        using var client = app.Factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await client.SignInAsync(lockedEmail, "wrong password " + i);
        }

        using var locked = await client.SignInAsync(lockedEmail, password);
        using var unknown = await client.SignInAsync("nobody@example.org", password);

        foreach (var response in new[] { locked, unknown })
        {
            var page = await HtmlPages.ReadAsync(response);
            page.QuerySelector("[role=alert]")!.TextContent.Trim().ShouldBe(GenericError);
            page.QuerySelector(".site-user").ShouldBeNull("no one is signed in");
        }

        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        (await users.IsLockedOutAsync((await users.FindByEmailAsync(lockedEmail))!)).ShouldBeTrue();
    }

    [Fact]
    public async Task Validation_errors_appear_next_to_the_fields()
    {
        using var client = app.Factory.CreateClient();

        using var response = await client.SignInAsync("", "");

        var page = await HtmlPages.ReadAsync(response);
        page.QuerySelector("#email-error")!.TextContent.ShouldBe("Enter your email address.");
        page.QuerySelector("#password-error")!.TextContent.ShouldBe("Enter your password.");
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var client = app.Factory.CreateClient();
        using (await client.SignInAsync("admin@casetracker.local", CaseTrackerFactory.DemoPassword))
        {
        }

        var home = await client.GetPageAsync("/");
        using var signedOut = await client.SubmitAsync(home, new Dictionary<string, string>(), "header form");

        signedOut.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/SignIn");
        using var again = await client.GetAsync(new Uri("/", UriKind.Relative));
        again.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/SignIn");
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        using var client = app.Factory.CreateClient();
        var page = await client.GetPageAsync("/Account/SignIn?returnUrl=https%3A%2F%2Fevil.example%2F");

        using var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@casetracker.local",
            ["Input.Password"] = CaseTrackerFactory.DemoPassword,
        });

        response.RequestMessage!.RequestUri!.ToString().ShouldBe("http://localhost/");
    }

    private Task CreateUserAsync(string email, string password) =>
        app.Factory.CreateUserAsync(email, password, Roles.Researcher, user => user.EmailConfirmed = true);
}
