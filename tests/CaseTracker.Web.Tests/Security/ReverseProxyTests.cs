using System.Net;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Security;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Security;

/// <summary>
/// Behind a TLS-terminating reverse proxy: forwarded client addresses believed only from configured
/// proxies, only the configured host names served, cookies that only this host over HTTPS can set, and
/// no Server header.
/// </summary>
public class ReverseProxyTests
{
    private const string ForwardedClient = "203.0.113.9";

    [Fact]
    public async Task In_production_cookies_are_host_only_and_secure_other_hosts_are_refused_and_forwarded_addresses_from_strangers_are_ignored()
    {
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync(), "Production");
        factory.Settings["ReverseProxy:KnownProxies"] = "192.0.2.10";
        await factory.WaitUntilReadyAsync();
        const string email = "proxy.admin@example.org";
        const string password = "a password for the proxy test";
        await factory.CreateUserAsync(email, password, Roles.Admin);

        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", ForwardedClient);
        using var signedIn = await client.SignInAsync(email, password);

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookies = signedIn.RequestMessage!.Headers.TryGetValues("Cookie", out var sent) ? string.Join(';', sent) : "";
        cookies.ShouldContain("__Host-CaseTracker.Antiforgery=", customMessage: "the antiforgery cookie the form set");
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-CaseTracker.Session=", StringComparison.Ordinal));
        session.ShouldContain("secure", Case.Insensitive);
        session.ShouldContain("path=/", Case.Insensitive);
        session.ShouldNotContain("domain=", Case.Insensitive);
        var address = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.SignIn).Select(a => a.ClientAddress).SingleAsync());
        address.ShouldBe("127.0.0.1", "the header came from a client, not from the configured proxy");

        using var otherHost = new HttpRequestMessage(HttpMethod.Get, new Uri("/Account/SignIn", UriKind.Relative));
        otherHost.Headers.Host = "casetracker.attacker.example";
        using var refused = await client.SendAsync(otherHost);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Behind_a_configured_proxy_the_forwarded_client_address_is_what_the_audit_trail_and_the_sign_in_limit_see()
    {
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        factory.Settings["ReverseProxy:KnownProxies"] = "127.0.0.1";
        factory.Settings["Security:SignInAttemptsPerMinute"] = "2";

        // One minute for every attempt: the limit's window must not turn over in the middle of the test.
        factory.Clock.Set(DateTimeOffset.UtcNow);
        await factory.WaitUntilReadyAsync();

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { ForwardedClient, ForwardedClient, ForwardedClient, "198.51.100.4" })
        {
            using var http = factory.CreateClientWithoutRedirects();
            http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
            using var answer = await http.SignInAsync("nobody@example.org", "not a real password");
            statuses.Add(answer.StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], "each forwarded client has its own limit");
        var addresses = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.SignInFailed).Select(a => a.ClientAddress).Distinct().ToListAsync());
        addresses.ShouldBe([ForwardedClient, "198.51.100.4"], ignoreOrder: true);
    }

    [Fact]
    public async Task Kestrel_sends_no_server_header()
    {
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Server.ShouldBeEmpty();
    }
}
