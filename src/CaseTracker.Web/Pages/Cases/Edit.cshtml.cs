using CaseTracker.Domain;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Cases;

/// <summary>
/// Edits a case. The form carries the row version it was loaded with; if someone saved in between, the
/// save is refused, the fields they changed are listed with their saved values, and the input is kept.
/// Saving again then overwrites knowingly.
/// </summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute]
public class EditModel(CaseTrackerDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CaseInput Input { get; set; } = new();

    public Guid CaseId { get; private set; }

    /// <summary>After a refused save: each field someone else changed, with the value now saved.</summary>
    public IReadOnlyList<SavedField> SavedByOthers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var caseFile = await db.Cases.AsNoTracking().VisibleTo(User).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (caseFile is null)
        {
            return NotFound();
        }

        CaseId = id;
        Input = CaseInput.From(caseFile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var caseFile = await db.Cases.VisibleTo(User).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (caseFile is null)
        {
            return NotFound();
        }

        CaseId = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var reference = Input.Reference.Trim().ToUpperInvariant();
        if (await db.Cases.AnyAsync(c => c.Reference == reference && c.Id != id, cancellationToken))
        {
            ModelState.AddModelError("Input.Reference", localizer["Another case already has this reference code."]);
            return Page();
        }

        try
        {
            db.Entry(caseFile).Property(c => c.Version).OriginalValue = Input.Version;
            Input.ApplyTo(caseFile);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            var saved = CaseInput.From(await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken));
            SavedByOthers = StaleSave.Refuse(ModelState, "Input.Version", Input, saved, localizer);
            Input.Version = saved.Version;
            return Page();
        }

        TempData[nameof(DetailsModel.StatusMessage)] = localizer["Case saved."].Value;
        return RedirectToPage("/Cases/Details", new { id });
    }
}
