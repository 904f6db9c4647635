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

namespace CaseTracker.Web.Pages.Steps;

/// <summary>Edits a proceeding's step. A save over someone else's newer save is refused and the input kept.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute]
public class EditModel(CaseTrackerDbContext db, IStringLocalizer<SharedResource> localizer, PartialDateInput dates) : PageModel
{
    [BindProperty]
    public StepInput Input { get; set; } = new();

    public CaseFormOptions Options { get; private set; } = null!;

    public string ProceedingTitle { get; private set; } = "";

    public StepFormModel Form => new(Input, Options, this.RecordId());

    /// <summary>After a refused save: the fields someone else changed, with their saved values.</summary>
    public IReadOnlyList<SavedField> SavedByOthers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var step = await LoadAsync(id, cancellationToken);
        if (step is null)
        {
            return NotFound();
        }

        Input = StepInput.From(step);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var step = await LoadAsync(id, cancellationToken);
        if (step is null)
        {
            return NotFound();
        }

        var date = dates.Read(Input.Date, "Input.Date", ModelState, after: dates.Entry(Input.DateAfterId, Options, id, "Input.DateAfterId", ModelState));
        var choices = Input.Choices(Options, ModelState, localizer);
        if (!ModelState.IsValid || date is null || choices is not { } chosen)
        {
            return Page();
        }

        try
        {
            db.Entry(step).Property(s => s.Version).OriginalValue = Input.Version;
            step.Describe(chosen.Kind, date, chosen.Times, chosen.Court, Input.Instance, Input.Outcome, Input.Summary);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            var saved = StepInput.From(await db.ProceedingSteps.AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken));
            SavedByOthers = StaleSave.Refuse(ModelState, "Input.Version", Input, saved, localizer, Options.Labels());
            Input.Version = saved.Version;
            return Page();
        }

        TempData[nameof(DetailsModel.StatusMessage)] = localizer["Step saved."].Value;
        return Redirect(Url.Page("/Cases/Details", new { id = Options.CaseId }) + "#proceeding-" + step.ProceedingId);
    }

    private async Task<ProceedingStep?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var step = await db.ProceedingSteps.SingleOrDefaultAsync(s => s.Id == id && s.ArchivedAt == null, cancellationToken);
        var proceeding = step is null ? null
            : await db.Proceedings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == step.ProceedingId && p.ArchivedAt == null, cancellationToken);
        var options = proceeding is null ? null : await CaseFormOptions.LoadAsync(db, proceeding.CaseId, User, new CaseFormNeeds([step!.Date.After, Input.DateAfterId]), cancellationToken);
        if (step is null || proceeding is null || options is null)
        {
            return null;
        }

        (Options, ProceedingTitle) = (options, proceeding.Title);
        return step;
    }
}
