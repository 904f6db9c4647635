using CaseTracker.Web.Data;
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

    public static Task<Guid> CaseIdAsync(this CaseTrackerFactory factory, string reference) =>
        factory.QueryAsync(db => db.Cases.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync());
}
