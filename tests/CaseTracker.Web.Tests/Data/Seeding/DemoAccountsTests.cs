using System.Net;
using CaseTracker.Web.Data;
using CaseTracker.Web.Data.Seeding;
using CaseTracker.Web.Security;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseTracker.Web.Tests.Data.Seeding;

public class DemoAccountsTests
{
    [Fact]
    public async Task In_development_there_is_one_demo_account_per_role()
    {
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        await factory.WaitUntilReadyAsync();

        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var (email, role) in new[]
                 {
                     ("admin@casetracker.local", Roles.Admin),
                     ("caseworker@casetracker.local", Roles.Caseworker),
                     ("researcher@casetracker.local", Roles.Researcher),
                 })
        {
            var user = (await users.FindByEmailAsync(email)).ShouldNotBeNull(email);
            (await users.GetRolesAsync(user)).ShouldBe([role]);
        }
    }

    [Fact]
    public async Task Outside_development_no_demo_account_is_created()
    {
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync(), "Production");
        await factory.WaitUntilReadyAsync();

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseTrackerDbContext>();
        (await db.Users.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Without_a_configured_password_one_is_generated_announced_once_and_works()
    {
        var announcements = new CapturingCredentialsWriter();
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync())
        {
            TestServices = services => services.Replace(ServiceDescriptor.Singleton<DemoCredentialsWriter>(announcements)),
        };
        factory.Settings["Demo:Password"] = "";
        await factory.WaitUntilReadyAsync();

        var password = announcements.Passwords.ShouldHaveSingleItem();
        password.Length.ShouldBeGreaterThanOrEqualTo(12);
        using var client = factory.CreateClient();
        using var signedIn = await client.SignInAsync("admin@casetracker.local", password);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        signedIn.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/");

        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DemoAccountsSeeder>().SeedAsync(CancellationToken.None);
        announcements.Passwords.Count.ShouldBe(1, "an existing account's password is not printed again");
    }

    private sealed class CapturingCredentialsWriter : DemoCredentialsWriter
    {
        public List<string> Passwords { get; } = [];

        public override void Announce(IReadOnlyList<string> emails, string password) => Passwords.Add(password);
    }
}
