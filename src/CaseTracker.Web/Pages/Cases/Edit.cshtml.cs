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
        if (!User.CanChooseCaseReferences())
        {
            // Not theirs to type: whatever was posted, the form shows and compares the case's own code.
            Input.Reference = caseFile.Reference;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var reference = await CaseReferenceCodes.ChooseAsync(db, User, Input, caseFile, caseFile.CreatedAt, ModelState, localizer, cancellationToken);
        if (reference is null)
        {
            return Page();
        }

        try
        {
            db.Entry(caseFile).Property(c => c.Version).OriginalValue = Input.Version;
            Input.ApplyTo(caseFile, reference);
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
