using System.Security.Claims;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.People;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Security;

/// <summary>
/// Whether an id names a case, a record inside a case, or an organisation that the user may see. Used where a page
/// refuses a visitor before it loads anything, so the refusal cannot reveal what the id names.
/// </summary>
public sealed class RecordVisibility(CaseTrackerDbContext db)
{
    public async Task<bool> IsVisibleAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // Every case the id could belong to, whatever kind of record it names; one query.
        var owningCases = db.Cases.Where(c => c.Id == id).Select(c => c.Id)
            .Concat(db.Incidents.Where(i => i.Id == id).Select(i => i.CaseId))
            .Concat(db.Complaints.Where(c => c.Id == id).Select(c => c.CaseId))
            .Concat(db.Responses.Where(r => r.Id == id).Join(db.Complaints, r => r.ComplaintId, c => c.Id, (r, c) => c.CaseId))
            .Concat(db.Sources.Where(s => s.Id == id).Select(s => s.CaseId))
            .Concat(db.Cases.Where(c => c.Participants.Any(p => p.PersonId == id)).Select(c => c.Id));
        return await db.Cases.VisibleTo(user).AnyAsync(c => owningCases.Contains(c.Id), cancellationToken)
            || await db.VisibleOrganisations(user).AnyAsync(o => o.Id == id, cancellationToken);
    }
}
