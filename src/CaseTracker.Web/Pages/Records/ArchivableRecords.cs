using System.Security.Claims;
using CaseTracker.Domain.Common;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Records;

/// <summary>The kinds of record that are archived instead of deleted, found by kind and id with their case checked.</summary>
public static class ArchivableRecords
{
    public const string KindPattern = "incident|complaint|response|source";

    public sealed record Found(ArchivableEntity Record, Guid CaseId, string Title);

    /// <summary>The record, if it exists and its case is visible to the user; otherwise null (answered with 404).</summary>
    public static async Task<Found?> FindAsync(CaseTrackerDbContext db, string kind, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        Found? found = kind switch
        {
            "incident" => await db.Incidents.Where(i => i.Id == id).Select(i => new Found(i, i.CaseId, i.Title)).SingleOrDefaultAsync(cancellationToken),
            "complaint" => await db.Complaints.Where(c => c.Id == id).Select(c => new Found(c, c.CaseId, c.Subject)).SingleOrDefaultAsync(cancellationToken),
            "response" => await db.Responses.Where(r => r.Id == id)
                .Join(db.Complaints, r => r.ComplaintId, c => c.Id, (r, c) => new Found(r, c.CaseId, c.Subject))
                .SingleOrDefaultAsync(cancellationToken),
            "source" => await db.Sources.Where(s => s.Id == id).Select(s => new Found(s, s.CaseId, s.Title)).SingleOrDefaultAsync(cancellationToken),
            _ => null,
        };
        if (found is null || !await db.Cases.VisibleTo(user).AnyAsync(c => c.Id == found.CaseId, cancellationToken))
        {
            return null;
        }

        return found;
    }
}
