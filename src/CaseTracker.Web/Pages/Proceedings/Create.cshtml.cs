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
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Proceedings;

/// <summary>Adds an investigation or a court case to a case, from the case page, and returns to it.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute("caseId")]
public class CreateModel(CaseTrackerDbContext db, OneTimeSubmissions submissions, IStringLocalizer<SharedResource> localizer, Proposals proposals) : PageModel
{
    /// <summary>The form's one-time key (<see cref="OneTimeSubmissions"/>): a form sent twice creates one record.</summary>
    [BindProperty]
    public Guid SubmissionKey { get; set; } = Guid.NewGuid();

    [BindProperty]
    public ProceedingInput Input { get; set; } = new();

    public CaseFormOptions Options { get; private set; } = null!;

    public ProceedingFormModel Form => new(Input, Options);

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var options = await CaseFormOptions.LoadAsync(db, caseId, User, cancellationToken);
        if (options is null)
        {
            return NotFound();
        }

        Options = options;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var options = await CaseFormOptions.LoadAsync(db, caseId, User, cancellationToken);
        if (options is null)
        {
            return NotFound();
        }

        if (await submissions.ReplayAsync(this, SubmissionKey, cancellationToken) is { } saved)
        {
            return saved;
        }

        Options = options = await Input.ProposeAsync(proposals, options, ModelState, cancellationToken);
        var conductedBy = Input.ConductedBy(options, ModelState, localizer);
        if (!ModelState.IsValid || conductedBy is not { } institution)
        {
            return Page();
        }

        try
        {
            var proceeding = new Proceeding(caseId, Input.Kind, institution, Input.Title);
            Input.ApplyTo(proceeding, institution, options);
            db.Proceedings.Add(proceeding);
            TempData[nameof(DetailsModel.StatusMessage)] = localizer["Proceeding added. Add its steps: opened, closed, a ruling."].Value;
            return await submissions.SaveAsync(this, SubmissionKey, Url.Page("/Cases/Details", new { id = caseId }) + "#proceeding-" + proceeding.Id, cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
    }
}
