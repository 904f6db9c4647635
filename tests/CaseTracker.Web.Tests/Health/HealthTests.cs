using System.Net;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Health;

public class HealthTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Live_answers_200_without_signing_in()
    {
        using var client = app.Factory.CreateClientWithoutRedirects();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_answers_200_when_the_database_answers_and_is_migrated()
    {
        using var client = app.Factory.CreateClientWithoutRedirects();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Outside_development_ready_answers_503_while_migrations_are_pending_and_nothing_is_migrated_silently()
    {
        var emptyDatabase = await TestDatabases.CreateEmptyAsync();
        await using var factory = new CaseTrackerFactory(emptyDatabase, "Production");
        using var client = factory.CreateClientWithoutRedirects();

        using var first = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        await Task.Delay(500);
        using var second = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        first.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        second.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }
}
