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

    /// <summary>
    /// The one way tests make an account directly (not through the admin pages): with one role, and
    /// anything else about it set by <paramref name="arrange"/> before it is saved.
    /// </summary>
    public static async Task<ApplicationUser> CreateUserAsync(this CaseTrackerFactory factory, string email, string password, string role, Action<ApplicationUser>? arrange = null)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email };
        arrange?.Invoke(user);
        (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return user;
    }

    /// <summary>Changes a saved account through Identity, as an admin page would.</summary>
    public static async Task ChangeUserAsync(this CaseTrackerFactory factory, Guid id, Action<ApplicationUser> change)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByIdAsync(id.ToString()))!;
        change(user);
        (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
    }

    public static Task<Guid> CaseIdAsync(this CaseTrackerFactory factory, string reference) =>
        factory.QueryAsync(db => db.Cases.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync());
}
