using System.Security.Claims;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.People;
using CaseTracker.Web.Pages.Records;
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
            .Concat(db.Cases.Where(c => c.Participants.Any(p => p.PersonId == id)).Select(c => c.Id));
        foreach (var kind in CaseRecordKinds.All)
        {
            owningCases = owningCases.Concat(kind.Rows(db).Where(r => r.Id == id).Select(r => r.CaseId));
        }

        return await db.Cases.VisibleTo(user).AnyAsync(c => owningCases.Contains(c.Id), cancellationToken)
            || await db.VisibleOrganisations(user).AnyAsync(o => o.Id == id, cancellationToken);
    }
}
