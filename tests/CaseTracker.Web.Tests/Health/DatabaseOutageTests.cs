using System.Net;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Health;

/// <summary>A database that is down when the app starts, and comes back later: no crash, 503s, then recovery.</summary>
public class DatabaseOutageTests
{
    [Fact]
    public async Task With_the_database_down_ready_and_pages_answer_503_and_the_app_recovers_when_it_returns()
    {
        await using var cluster = await PostgresCluster.CreateAsync();
        await using var factory = new CaseTrackerFactory(cluster.ConnectionString("casetracker"));
        using var client = factory.CreateClientWithoutRedirects();

        using (var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }

        using (var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative)))
        {
            live.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using (var page = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative)))
        {
            page.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            var body = await page.Content.ReadAsStringAsync();
            body.ShouldContain("The database cannot be reached right now.");
            body.ShouldNotContain("Exception");
            body.ShouldNotContain("Npgsql");
        }

        await cluster.StartAsync();

        await factory.WaitUntilReadyAsync(TimeSpan.FromSeconds(30));
        using var signIn = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task When_the_database_goes_down_after_start_up_a_sign_in_answers_503_with_a_plain_message()
    {
        await using var cluster = await PostgresCluster.StartNewAsync();
        await using var factory = new CaseTrackerFactory(cluster.ConnectionString("casetracker"));
        await factory.WaitUntilReadyAsync();
        using var client = factory.CreateClientWithoutRedirects();
        var page = await client.GetPageAsync("/Account/SignIn");

        await cluster.StopAsync();
        using var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@casetracker.local",
            ["Input.Password"] = CaseTrackerFactory.DemoPassword,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("Nothing you entered was saved.");
        body.ShouldNotContain("   at ");
    }
}
