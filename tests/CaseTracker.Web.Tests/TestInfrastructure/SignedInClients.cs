using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Web.Tests.TestInfrastructure;

public static class SignedInClients
{
    public const string Admin = "admin@casetracker.local";
    public const string Caseworker = "caseworker@casetracker.local";
    public const string Researcher = "researcher@casetracker.local";

    /// <summary>A client signed in through the real sign-in form as one of the demo accounts.</summary>
    public static async Task<HttpClient> SignedInAsAsync(this CaseTrackerFactory factory, string email, bool followRedirects = true)
    {
        var client = followRedirects ? factory.CreateClient() : factory.CreateClientWithoutRedirects();
        using var response = await client.SignInAsync(email, CaseTrackerFactory.DemoPassword);
        return client;
    }

    /// <summary>Reads straight from the database, for arranging and checking what the pages did.</summary>
    public static async Task<T> QueryAsync<T>(this CaseTrackerFactory factory, Func<CaseTrackerDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<CaseTrackerDbContext>());
    }

    /// <summary>An account made directly (not through the admin pages), with one role.</summary>
    public static async Task<ApplicationUser> CreateUserAsync(this CaseTrackerFactory factory, string email, string password, string role)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email };
        (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return user;
    }

    public static Task<Guid> CaseIdAsync(this CaseTrackerFactory factory, string reference) =>
        factory.QueryAsync(db => db.Cases.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync());
}
