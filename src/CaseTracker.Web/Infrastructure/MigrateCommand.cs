using CaseTracker.Web.Data;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// <c>dotnet CaseTracker.Web.dll migrate</c>: applies pending migrations and exits. This is how a
/// production schema changes; the app never migrates silently outside Development.
/// </summary>
internal static class MigrateCommand
{
    public const string Name = "migrate";

    public static async Task<int> RunAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateCommand));
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            await DatabaseInitializer.MigrateAsync(scope.ServiceProvider, logger, CancellationToken.None);
            logger.LogInformation("Database is up to date");
            return 0;
        }
        catch (Exception ex) when (DatabaseFaults.IsUnavailable(ex))
        {
            logger.LogError("Cannot reach the database ({ExceptionType}); nothing was migrated", ex.GetType().Name);
            return 2;
        }
    }
}
