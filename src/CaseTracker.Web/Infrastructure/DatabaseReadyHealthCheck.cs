using CaseTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Ready means: start-up work on the database has finished, the database answers, and its schema has
/// every migration this build knows.
/// </summary>
internal sealed class DatabaseReadyHealthCheck(CaseTrackerDbContext db, StartupState startup) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!startup.DatabaseReady)
        {
            return HealthCheckResult.Unhealthy("start-up work on the database has not finished");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(timeout.Token)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{pending} migration(s) pending");
        }
        catch (Exception ex) when (DatabaseFaults.IsUnavailable(ex) || ex is OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unavailable");
        }
    }
}
