using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseTracker.Web.Tests.Security;

/// <summary>The headers OWASP ASVS asks for: no referrer, no caching of signed-in pages, a CSP without unsafe-inline, HSTS for a year outside Development.</summary>
public class ResponseHeaderTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Signed_in_pages_are_never_cached_and_leak_no_referrer_and_the_policy_allows_no_inline_code()
    {
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        using var response = await client.GetAsync(new Uri("/Cases", UriKind.Relative));

        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        policy.ShouldNotContain("unsafe-inline");
        policy.ShouldContain("script-src 'self'");
        policy.ShouldContain("style-src 'self'");
        using var stylesheet = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative));
        (stylesheet.Headers.CacheControl?.NoStore ?? false).ShouldBeFalse("static files may be cached");
    }

    [Fact]
    public async Task Outside_development_https_answers_carry_hsts_for_a_year()
    {
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync(), "Production");
        factory.Settings["AllowedHosts"] = "casetracker.example.org;localhost";
        await factory.WaitUntilReadyAsync();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://casetracker.example.org"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));

        var hsts = string.Join(' ', response.Headers.GetValues("Strict-Transport-Security"));
        hsts.ShouldContain("max-age=31536000");
        hsts.ShouldContain("includeSubDomains");
    }
}
