using CaseTracker.Web.Data;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// <c>dotnet CaseTracker.Web.dll migrate</c>: applies pending migrations and exits. This is how a
/// production schema changes; the app never migrates silently outside Development.
/// </summary>
internal static class MigrateCommand
{
    public const string Name = "migrate";

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateCommand));
        await using var scope = services.CreateAsyncScope();
        try
        {
            await DatabaseInitializer.MigrateAsync(scope.ServiceProvider, logger, CancellationToken.None);
            await output.WriteLineAsync("The database is up to date.");
            return 0;
        }
        catch (Exception ex) when (DatabaseFaults.IsUnavailable(ex))
        {
            await output.WriteLineAsync($"Cannot reach the database ({ex.GetType().Name}); nothing was migrated. Check ConnectionStrings__CaseTracker.");
            return 2;
        }
    }
}
