using CaseTracker.Domain;
using CaseTracker.Domain.Proceedings;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Cases;
using CaseTracker.Web.Pages.Shared;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Proceedings;

/// <summary>Edits a proceeding. A save over someone else's newer save is refused and the input kept.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute]
public class EditModel(CaseTrackerDbContext db, IStringLocalizer<SharedResource> localizer, Proposals proposals) : PageModel
{
    [BindProperty]
    public ProceedingInput Input { get; set; } = new();

    public CaseFormOptions Options { get; private set; } = null!;

    public ProceedingFormModel Form => new(Input, Options);

    /// <summary>After a refused save: the fields someone else changed, with their saved values.</summary>
    public IReadOnlyList<SavedField> SavedByOthers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var proceeding = await LoadAsync(id, cancellationToken);
        if (proceeding is null)
        {
            return NotFound();
        }

        Input = ProceedingInput.From(proceeding);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var proceeding = await LoadAsync(id, cancellationToken);
        if (proceeding is null)
        {
            return NotFound();
        }

        Options = await Input.ProposeAsync(proposals, Options, ModelState, cancellationToken);
        var conductedBy = Input.ConductedBy(Options, ModelState, localizer);
        if (!ModelState.IsValid || conductedBy is not { } institution)
        {
            return Page();
        }

        try
        {
            db.Entry(proceeding).Property(p => p.Version).OriginalValue = Input.Version;
            Input.ApplyTo(proceeding, institution, Options);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            var saved = ProceedingInput.From(await db.Proceedings.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken));
            SavedByOthers = StaleSave.Refuse(ModelState, "Input.Version", Input, saved, localizer, Options.Labels());
            Input.Version = saved.Version;
            return Page();
        }

        TempData[nameof(DetailsModel.StatusMessage)] = localizer["Proceeding saved."].Value;
        return Redirect(Url.Page("/Cases/Details", new { id = proceeding.CaseId }) + "#proceeding-" + id);
    }

    private async Task<Proceeding?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var proceeding = await db.Proceedings.SingleOrDefaultAsync(p => p.Id == id && p.ArchivedAt == null, cancellationToken);
        var options = proceeding is null ? null : await CaseFormOptions.LoadAsync(db, proceeding.CaseId, User, cancellationToken);
        if (proceeding is null || options is null)
        {
            return null;
        }

        Options = options;
        return proceeding;
    }
}
