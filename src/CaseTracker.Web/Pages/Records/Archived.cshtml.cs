using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Cases;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Records;

/// <summary>An admin's view of a case's archived records, each with its reason and a way back.</summary>
[Authorize(Policy = Policies.RestoreRecords)]
[CaseRecordRoute("caseId")]
public class ArchivedModel(CaseTrackerDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public Guid CaseId { get; private set; }

    public string CaseReference { get; private set; } = "";

    public IReadOnlyList<ArchivedRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var reference = await db.Cases.AsNoTracking().VisibleTo(User).Where(c => c.Id == caseId).Select(c => c.Reference).SingleOrDefaultAsync(cancellationToken);
        if (reference is null)
        {
            return NotFound();
        }

        (CaseId, CaseReference) = (caseId, reference);
        var rows = new List<ArchivedRow>();
        foreach (var kind in CaseRecordKinds.All)
        {
            rows.AddRange(await kind.Rows(db).Where(r => r.CaseId == caseId && r.ArchivedAt != null)
                .Select(r => new ArchivedRow(kind.Code, r.Id, r.Title, r.ArchiveReason!, r.ArchivedAt!.Value))
                .ToListAsync(cancellationToken));
        }

        Rows = rows.OrderByDescending(r => r.ArchivedAt).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid caseId, string kind, Guid recordId, CancellationToken cancellationToken)
    {
        var found = await ArchivableRecords.FindAsync(db, kind, recordId, User, cancellationToken);
        if (found is null || found.CaseId != caseId || !found.Record.IsArchived)
        {
            return NotFound();
        }

        found.Record.Restore();
        await db.SaveChangesAsync(cancellationToken);
        TempData[nameof(DetailsModel.StatusMessage)] = localizer["Restored."].Value;
        return RedirectToPage("/Cases/Details", new { id = caseId });
    }

    public sealed record ArchivedRow(string Kind, Guid Id, string Title, string Reason, DateTimeOffset ArchivedAt)
    {
        public string Label => CaseRecordKinds.ByCode(Kind)!.Label;
    }
}
