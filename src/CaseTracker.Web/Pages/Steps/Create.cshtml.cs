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

/// <summary>Adds a dated step to a proceeding, reached from the proceeding on the case page.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute("proceedingId")]
public class CreateModel(CaseTrackerDbContext db, OneTimeSubmissions submissions, IStringLocalizer<SharedResource> localizer, PartialDateInput dates) : PageModel
{
    /// <summary>The form's one-time key (<see cref="OneTimeSubmissions"/>): a form sent twice creates one record.</summary>
    [BindProperty]
    public Guid SubmissionKey { get; set; } = Guid.NewGuid();

    [BindProperty]
    public StepInput Input { get; set; } = new();

    public CaseFormOptions Options { get; private set; } = null!;

    public string ProceedingTitle { get; private set; } = "";

    public StepFormModel Form => new(Input, Options);

    public async Task<IActionResult> OnGetAsync(Guid proceedingId, CancellationToken cancellationToken) =>
        await LoadAsync(proceedingId, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid proceedingId, CancellationToken cancellationToken)
    {
        var proceeding = await LoadAsync(proceedingId, cancellationToken);
        if (proceeding is null)
        {
            return NotFound();
        }

        if (await submissions.ReplayAsync(this, SubmissionKey, cancellationToken) is { } saved)
        {
            return saved;
        }

        var date = dates.Read(Input.Date, "Input.Date", ModelState, after: dates.Entry(Input.DateAfterId, Options, null, "Input.DateAfterId", ModelState));
        var choices = Input.Choices(Options, ModelState, localizer);
        if (!ModelState.IsValid || date is null || choices is not { } chosen)
        {
            return Page();
        }

        try
        {
            var step = new ProceedingStep(proceeding.Id, chosen.Kind, date);
            step.Describe(chosen.Kind, date, chosen.Times, chosen.Court, Input.Instance, Input.Outcome, Input.Summary);
            db.ProceedingSteps.Add(step);
            TempData[nameof(DetailsModel.StatusMessage)] = localizer["Step added."].Value;
            return await submissions.SaveAsync(this, SubmissionKey, Url.Page("/Cases/Details", new { id = proceeding.CaseId }) + "#proceeding-" + proceeding.Id, cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
    }

    private async Task<Proceeding?> LoadAsync(Guid proceedingId, CancellationToken cancellationToken)
    {
        var proceeding = await db.Proceedings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proceedingId && p.ArchivedAt == null, cancellationToken);
        var options = proceeding is null ? null : await CaseFormOptions.LoadAsync(db, proceeding.CaseId, User, new CaseFormNeeds([Input.DateAfterId]), cancellationToken);
        if (proceeding is null || options is null)
        {
            return null;
        }

        (Options, ProceedingTitle) = (options, proceeding.Title);
        return proceeding;
    }
}
