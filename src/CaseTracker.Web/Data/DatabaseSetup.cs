using CaseTracker.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "CaseTracker";

    /// <summary>Optional: the role that owns the schema and runs migrations; the app's own role then only reads and writes rows.</summary>
    public const string OwnerConnectionStringName = "CaseTrackerOwner";

    public static IServiceCollection AddCaseTrackerDatabase(this IServiceCollection services)
    {
        // Configuration is read when the context is first built, not here, so that test hosts and
        // environment variables can supply the connection string.
        services.AddDbContext<CaseTrackerDbContext>((provider, options) =>
        {
            var connectionString = provider.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"No database configured: set ConnectionStrings:{ConnectionStringName} (environment variable ConnectionStrings__{ConnectionStringName}).");
            }

            // No retrying execution strategy: when the database is down a page should answer 503 at
            // once rather than hang for half a minute of retries.
            // Split queries: a read model with several collections must not multiply rows.
            options.UseNpgsql(provider.GetRequiredService<TunedConnectionString>().For(connectionString), npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

            // Interceptors registered in the container (tests count SQL commands this way).
            options.AddInterceptors(provider.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });

        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        services.AddSingleton<TunedConnectionString>();
        services.AddSingleton<ReplicaReads>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, LinkChangesTouchOwner>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, DatesCountFromTheirEntries>();
        services.AddSingleton<StartupState>();
        services.AddScoped<DemoAccountsSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton<DemoCredentialsWriter>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
