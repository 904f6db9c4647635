using CaseTracker.Domain;
using CaseTracker.Domain.Sources;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Cases;
using CaseTracker.Web.Pages.Shared;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Sources;

/// <summary>Adds a source to a case, so incidents, complaints and responses can cite it.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute("caseId")]
public class CreateModel(CaseTrackerDbContext db, OneTimeSubmissions submissions, IStringLocalizer<SharedResource> localizer, PartialDateInput dates) : PageModel
{
    /// <summary>The form's one-time key (<see cref="OneTimeSubmissions"/>): a form sent twice creates one record.</summary>
    [BindProperty]
    public Guid SubmissionKey { get; set; } = Guid.NewGuid();

    [BindProperty]
    public SourceInput Input { get; set; } = new();

    public CaseFormOptions Options { get; private set; } = null!;

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

        Options = options;
        var publishedOn = dates.Read(Input.PublishedOn, "Input.PublishedOn", ModelState, required: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var source = new Source(caseId, Input.Title, Input.Kind);
            Input.ApplyTo(source, publishedOn);
            db.Sources.Add(source);
            TempData[nameof(DetailsModel.StatusMessage)] = localizer["Source added."].Value;
            return await submissions.SaveAsync(this, SubmissionKey, Url.Page("/Cases/Details", new { id = caseId })!, cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
    }
}
