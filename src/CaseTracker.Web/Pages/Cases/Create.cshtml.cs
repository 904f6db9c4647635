using CaseTracker.Domain;
using CaseTracker.Domain.Cases;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Cases;

[Authorize(Policy = Policies.EditCases)]
public class CreateModel(CaseTrackerDbContext db, OneTimeSubmissions submissions, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The form's one-time key (<see cref="OneTimeSubmissions"/>): a form sent twice creates one record.</summary>
    [BindProperty]
    public Guid SubmissionKey { get; set; } = Guid.NewGuid();

    [BindProperty]
    public CaseInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await submissions.ReplayAsync(this, SubmissionKey, cancellationToken) is { } saved)
        {
            return saved;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var reference = await CaseReferenceCodes.ChooseAsync(db, User, Input, null, now, ModelState, localizer, cancellationToken);
        if (reference is null)
        {
            return Page();
        }

        try
        {
            var caseFile = new CaseFile(reference, Input.Title, Input.CountryCode, now);
            Input.ApplyTo(caseFile, reference);

            // A caseworker who opens a restricted case must still see it.
            if (caseFile.Sensitivity == Sensitivity.Restricted && !User.SeesEveryCase())
            {
                caseFile.Assign(User.UserId());
            }

            db.Cases.Add(caseFile);
            TempData[nameof(DetailsModel.StatusMessage)] = localizer["Case created."].Value;
            return await submissions.SaveAsync(this, SubmissionKey, Url.Page("/Cases/Details", new { id = caseFile.Id })!, cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
    }
}
