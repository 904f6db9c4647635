using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Data.Seeding;

/// <summary>
/// Demo case files for Development (the caller checks the environment). Each is added once: when its
/// reference exists already, it is not touched, so a developer's own edits survive restarts.
/// </summary>
internal sealed partial class DemoDataSeeder(CaseTrackerDbContext db, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var builder = await DemoCaseBuilder.CreateAsync(db, cancellationToken);
        if (!await db.Cases.AnyAsync(c => c.Reference == DemoRuzievCase.Reference, cancellationToken))
        {
            var caseworker = await db.Users.SingleAsync(u => u.NormalizedEmail == "CASEWORKER@CASETRACKER.LOCAL", cancellationToken);
            DemoRuzievCase.Add(db, builder, now);
            DemoFictionalCases.Add(db, builder, caseworker.Id, now);
            DemoUzbekistanCase.Add(db, builder, now);
        }

        // Added later than the others: a database seeded before it gets it on the next start.
        if (!await db.Cases.AnyAsync(c => c.Reference == DemoReportCase.Reference, cancellationToken))
        {
            DemoReportCase.Add(db, builder, now);
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
            LogSeeded(logger, await db.Cases.CountAsync(cancellationToken));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added the demo case files ({Count} cases)")]
    private static partial void LogSeeded(ILogger logger, int count);
}
