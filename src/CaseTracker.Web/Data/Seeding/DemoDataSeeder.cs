using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Data.Seeding;

/// <summary>
/// Demo case files for Development (the caller checks the environment). Added once: when the demo
/// case exists already, nothing is touched, so a developer's own edits survive restarts.
/// </summary>
internal sealed partial class DemoDataSeeder(CaseTrackerDbContext db, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Cases.AnyAsync(c => c.Reference == DemoRuzievCase.Reference, cancellationToken))
        {
            return;
        }

        var caseworker = await db.Users.SingleAsync(u => u.NormalizedEmail == "CASEWORKER@CASETRACKER.LOCAL", cancellationToken);
        var builder = await DemoCaseBuilder.CreateAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        DemoRuzievCase.Add(db, builder, now);
        DemoFictionalCases.Add(db, builder, caseworker.Id, now);
        DemoUzbekistanCase.Add(db, builder, now);
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, await db.Cases.CountAsync(cancellationToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added the demo case files ({Count} cases)")]
    private static partial void LogSeeded(ILogger logger, int count);
}
