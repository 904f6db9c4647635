using System.Net;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Security;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Web.Tests.Infrastructure;

/// <summary>
/// Two app instances on one database, as behind a load balancer: what one issues (a session, an
/// antiforgery token) the other accepts, a lockout and the sign-in limit made through one hold on the
/// other, and the audit chain stays whole while both write at once.
/// </summary>
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    private const int AttemptsPerMinute = 8;
    private CaseTrackerFactory _first = null!;
    private CaseTrackerFactory _second = null!;

    public async Task InitializeAsync()
    {
        var database = await TestDatabases.CreateMigratedAsync();
        var now = DateTimeOffset.UtcNow;
        _first = Instance(database, now);
        await _first.WaitUntilReadyAsync();
        _second = Instance(database, now);
        await _second.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task A_session_and_an_antiforgery_token_from_one_instance_are_accepted_by_the_other()
    {
        var jar = new CookieContainer();
        using var first = _first.CreateDefaultClient(new CookieContainerHandler(jar));
        using var second = _second.CreateDefaultClient(new CookieContainerHandler(jar));
        using (var signedIn = await first.SignInAsync(SignedInClients.Caseworker, CaseTrackerFactory.DemoPassword))
        {
            signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using (var cases = await second.GetAsync(new Uri("/Cases", UriKind.Relative)))
        {
            cases.StatusCode.ShouldBe(HttpStatusCode.OK, "the other instance reads the session");
        }

        var form = await first.GetPageAsync("/Organisations/Edit");
        using var saved = await second.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "Saved through the other instance (fictional)" });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the other instance accepts the form's antiforgery token");
        (await _first.QueryAsync(db => db.Organisations.CountAsync(o => o.Name == "Saved through the other instance (fictional)"))).ShouldBe(1);
    }

    [Fact]
    public async Task A_lockout_and_the_sign_in_limit_reached_through_one_instance_hold_on_the_other()
    {
        const string email = "locked.everywhere@example.org";
        const string password = "the right password for this test";
        await _first.CreateUserAsync(email, password, Roles.Researcher);

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            answers.Add(await SignInAsync(_first, email, "a wrong password, attempt " + attempt));
        }

        answers.Add(await SignInAsync(_second, email, password));
        answers.ShouldAllBe(status => status == HttpStatusCode.OK, "five failures on the first instance lock the account on the second: the right password is refused");

        // Six attempts so far from this client; the limit counts them on both instances.
        (await SignInAsync(_first, "nobody@example.org", "not a password")).ShouldBe(HttpStatusCode.OK);
        (await SignInAsync(_second, "nobody@example.org", "not a password")).ShouldBe(HttpStatusCode.OK);
        (await SignInAsync(_first, "nobody@example.org", "not a password")).ShouldBe(HttpStatusCode.TooManyRequests);
        (await SignInAsync(_second, "nobody@example.org", "not a password")).ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task The_audit_chain_stays_whole_when_both_instances_write_at_once()
    {
        var before = await CountAuditAsync();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            using var scope = (i % 2 == 0 ? _first : _second).Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<AuditTrail>().RecordAsync(AuditAction.Export, "Case", Guid.NewGuid(), new { Writer = i });
        }));

        (await CountAuditAsync()).ShouldBe(before + 40);
        using var verify = _second.Services.CreateScope();
        var chain = await verify.ServiceProvider.GetRequiredService<AuditChain>().VerifyAsync(CancellationToken.None);
        chain.Intact.ShouldBeTrue($"broken at {chain.FirstBrokenId}: {chain.Reason}");
    }

    private static CaseTrackerFactory Instance(string database, DateTimeOffset now)
    {
        var factory = new CaseTrackerFactory(database);
        factory.Settings["Security:SignInAttemptsPerMinute"] = AttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // One minute for both: the limit's window must not turn over in the middle of the test.
        factory.Clock.Set(now);
        return factory;
    }

    private static async Task<HttpStatusCode> SignInAsync(CaseTrackerFactory instance, string email, string password)
    {
        using var client = instance.CreateClientWithoutRedirects();
        using var answer = await client.SignInAsync(email, password);
        return answer.StatusCode;
    }

    private Task<int> CountAuditAsync() => _first.QueryAsync(db => db.AuditEntries.CountAsync());
}
