using CaseTracker.Web.Data.Seeding;
using CaseTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CaseTracker.Web.Data;

/// <summary>
/// Brings the database up to date when the app starts: migrations in Development (or when
/// <see cref="DatabaseOptions.MigrateOnStartup"/> is set), demo accounts and demo case files in Development only.
/// If the database is down it logs that clearly and tries again with growing pauses, so the app
/// recovers by itself when the database returns instead of crashing in a loop.
/// </summary>
internal sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IHostEnvironment environment,
    IOptions<DatabaseOptions> options,
    StartupState state,
    ILogger<DatabaseInitializer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var migrate = environment.IsDevelopment() || options.Value.MigrateOnStartup;
        var seedDemoAccounts = environment.IsDevelopment();
        if (!migrate && !seedDemoAccounts)
        {
            state.MarkDatabaseReady();
            return;
        }

        var delay = TimeSpan.FromSeconds(1);
        var maxDelay = TimeSpan.FromSeconds(Math.Max(1, options.Value.MaxRetryDelaySeconds));
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (migrate)
                {
                    await MigrateAsync(scope.ServiceProvider, logger, stoppingToken);
                }

                if (seedDemoAccounts)
                {
                    await scope.ServiceProvider.GetRequiredService<DemoAccountsSeeder>().SeedAsync(stoppingToken);
                    await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(stoppingToken);
                }

                state.MarkDatabaseReady();
                LogDatabaseReady(logger, attempt);
                return;
            }
            catch (Exception ex) when (DatabaseFaults.IsUnavailable(ex))
            {
                LogDatabaseUnavailable(logger, attempt, delay.TotalSeconds, ex.GetType().Name);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, maxDelay.Ticks));
            }
        }
    }

    /// <summary>
    /// Applies every pending migration. Also used by the <c>migrate</c> command. With an owner connection
    /// string the owner migrates and then grants the app's role what it needs (<see cref="AppRolePrivileges"/>).
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var ownerConnection = configuration.GetConnectionString(DatabaseSetup.OwnerConnectionStringName);
        if (string.IsNullOrWhiteSpace(ownerConnection))
        {
            await ApplyPendingAsync(services.GetRequiredService<CaseTrackerDbContext>(), logger, cancellationToken);
            return;
        }

        await using (var owner = new CaseTrackerDbContext(new DbContextOptionsBuilder<CaseTrackerDbContext>().UseNpgsql(ownerConnection).Options))
        {
            await ApplyPendingAsync(owner, logger, cancellationToken);
        }

        var appRole = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(DatabaseSetup.ConnectionStringName)).Username;
        var ownerRole = new NpgsqlConnectionStringBuilder(ownerConnection).Username;
        if (!string.IsNullOrEmpty(appRole) && appRole != ownerRole)
        {
            await using var connection = new NpgsqlConnection(ownerConnection);
            await connection.OpenAsync(cancellationToken);
            await AppRolePrivileges.GrantAsync(connection, appRole, cancellationToken);
        }
    }

    private static async Task ApplyPendingAsync(CaseTrackerDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogApplyingMigrations(logger, pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready after {Attempt} attempt(s)")]
    private static partial void LogDatabaseReady(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Database unavailable at start-up (attempt {Attempt}, {ExceptionType}); retrying in {DelaySeconds} s. Check that PostgreSQL is running and ConnectionStrings:CaseTracker points to it")]
    private static partial void LogDatabaseUnavailable(ILogger logger, int attempt, double delaySeconds, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s): {Migrations}")]
    private static partial void LogApplyingMigrations(ILogger logger, int count, string migrations);
}
