using System.Security.Claims;
using CaseTracker.Domain.Common;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Records;

/// <summary>Records that are archived instead of deleted (every kind in <see cref="CaseRecordKinds"/>), found by kind and id with their case checked.</summary>
public static class ArchivableRecords
{
    public sealed record Found(ArchivableEntity Record, Guid CaseId, string Title);

    /// <summary>The record, if it exists and its case is visible to the user; otherwise null (answered with 404).</summary>
    public static async Task<Found?> FindAsync(CaseTrackerDbContext db, string kind, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (CaseRecordKinds.ByCode(kind) is not { } recordKind)
        {
            return null;
        }

        var row = await recordKind.Rows(db).Where(r => r.Id == id).Select(r => new { r.CaseId, r.Title }).SingleOrDefaultAsync(cancellationToken);
        if (row is null || !await db.Cases.VisibleTo(user).AnyAsync(c => c.Id == row.CaseId, cancellationToken))
        {
            return null;
        }

        return await recordKind.Load(db, id, cancellationToken) is { } record ? new Found(record, row.CaseId, row.Title) : null;
    }
}
