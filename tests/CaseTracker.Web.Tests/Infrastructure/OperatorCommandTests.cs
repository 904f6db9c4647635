using System.Net;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Web.Tests.Infrastructure;

/// <summary>The commands an operator runs on a production installation: migrate, then create the first admin.</summary>
public class OperatorCommandTests
{
    [Fact]
    public async Task Migrate_brings_an_empty_production_database_up_to_date_and_create_admin_lets_that_person_sign_in()
    {
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateEmptyAsync(), "Production");
        var output = new StringWriter();

        (await MigrateCommand.RunAsync(factory.Services, output)).ShouldBe(0);
        (await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "first.admin@example.org"], output)).ShouldBe(0);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseTrackerDbContext>();
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        }

        var password = output.ToString().Split('\n').Select(l => l.Trim()).Last(l => l.Length > 0);
        await factory.WaitUntilReadyAsync();
        // Outside Development the session cookie is Secure-only: talk to the app over https as a real deployment does.
        factory.ClientOptions.BaseAddress = new Uri("https://localhost");
        using var client = factory.CreateClient();
        using var response = await client.SignInAsync("first.admin@example.org", password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlPages.ReadAsync(response)).QuerySelector("main")!.TextContent.ShouldContain("Your role: Admin");
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("")]
    public async Task Create_admin_refuses_a_malformed_address_and_creates_nothing(string email)
    {
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync(), "Production");
        var output = new StringWriter();

        (await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", email], output)).ShouldBe(64);

        output.ToString().ShouldContain("Usage:");
        using var scope = factory.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<CaseTrackerDbContext>().Users.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Create_admin_does_not_touch_an_existing_account()
    {
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync(), "Production");
        var output = new StringWriter();
        (await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "a@example.org"], output)).ShouldBe(0);

        (await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "a@example.org"], output)).ShouldBe(1);

        output.ToString().ShouldContain("already exists");
    }
}
