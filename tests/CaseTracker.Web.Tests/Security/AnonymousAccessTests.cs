using System.Net;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Web.Tests.Security;

public class AnonymousAccessTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>
    /// The only pages a person may open without signing in. Adding one is a security decision. Setting a
    /// password is one: it is reached by the one-time link an admin hands over, and does nothing without
    /// that link's token. So is the second sign-in step, which does nothing without the right password first,
    /// and the language switch, which sets only the language cookie (the sign-in page offers it).
    /// </summary>
    private static readonly string[] AnonymousPages = ["/Account/Language", "/Account/SetPassword", "/Account/SignIn", "/Account/SignInTwoFactor", "/Error"];

    [Fact]
    public async Task Every_other_page_sends_an_anonymous_visitor_to_sign_in()
    {
        var pages = PageRoutes();
        pages.ShouldContain("/");
        using var client = app.Factory.CreateClientWithoutRedirects();

        foreach (var route in pages.Except(AnonymousPages))
        {
            using var response = await client.GetAsync(new Uri(route, UriKind.Relative));

            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, route);
            response.Headers.Location!.AbsolutePath.ShouldBe("/Account/SignIn", route);
        }
    }

    [Fact]
    public void Only_the_sign_in_set_password_and_error_pages_allow_anonymous_visitors()
    {
        var anonymous = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        anonymous.ShouldBe(AnonymousPages.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_refused()
    {
        using var client = app.Factory.CreateClientWithoutRedirects();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@casetracker.local",
            ["Input.Password"] = CaseTrackerFactory.DemoPassword,
        });

        using var response = await client.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse("no session was issued");
    }

    [Fact]
    public async Task Responses_carry_headers_that_refuse_framing_and_foreign_scripts()
    {
        using var client = app.Factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));

        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        string.Join(' ', response.Headers.GetValues("Content-Security-Policy")).ShouldContain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task An_unknown_address_gives_a_plain_not_found_page_to_a_signed_in_user()
    {
        using var client = app.Factory.CreateClient();
        using (await client.SignInAsync("researcher@casetracker.local", CaseTrackerFactory.DemoPassword))
        {
        }

        using var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await HtmlPages.ReadAsync(response);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Page not found");
    }

    private List<string> PageRoutes() =>
        app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText)
            .Where(route => !route.Contains('{', StringComparison.Ordinal))
            .Distinct()
            .ToList();
}
