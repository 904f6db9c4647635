using CaseTracker.Domain;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Vocabularies;
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

namespace CaseTracker.Web.Pages.Responses;

/// <summary>Records what an institution did about a complaint, reached from the complaint on the case page.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute("complaintId")]
public class CreateModel(CaseTrackerDbContext db, OneTimeSubmissions submissions, IStringLocalizer<SharedResource> localizer, PartialDateInput dates) : PageModel
{
    /// <summary>The form's one-time key (<see cref="OneTimeSubmissions"/>): a form sent twice creates one record.</summary>
    [BindProperty]
    public Guid SubmissionKey { get; set; } = Guid.NewGuid();

    [BindProperty]
    public ResponseInput Input { get; set; } = new();

    public CaseFormOptions Options { get; private set; } = null!;

    public string ComplaintSubject { get; private set; } = "";

    /// <summary>The institution the complaint was sent to, which answers unless another body is chosen.</summary>
    public Choice Addressee { get; private set; } = null!;

    public ResponseFormModel Form => new(Input, Options, Addressee);

    public async Task<IActionResult> OnGetAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var complaint = await LoadAsync(complaintId, cancellationToken);
        return complaint is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var complaint = await LoadAsync(complaintId, cancellationToken);
        if (complaint is null)
        {
            return NotFound();
        }

        if (await submissions.ReplayAsync(this, SubmissionKey, cancellationToken) is { } saved)
        {
            return saved;
        }

        var date = dates.Read(Input.Date, "Input.Date", ModelState, openEndAllowed: false, after: dates.Entry(Input.DateAfterId, Options, null, "Input.DateAfterId", ModelState));
        var outcome = CaseFormOptions.AllowedOne(Input.OutcomeId, Options.TermsOf(Vocabulary.ResponseOutcome));
        if (Input.OutcomeId is not null && outcome is null)
        {
            ModelState.AddModelError("Input.OutcomeId", localizer["Choose the outcome."]);
        }

        if (!ModelState.IsValid || date is null || outcome is null)
        {
            return Page();
        }

        try
        {
            var response = complaint.RecordResponse(date, outcome.Value, Input.Summary);
            Input.ApplyTo(response, date, outcome.Value, Options, complaint.InstitutionId);
            TempData[nameof(DetailsModel.StatusMessage)] = localizer["Response recorded."].Value;
            return await submissions.SaveAsync(this, SubmissionKey, Url.Page("/Cases/Details", new { id = complaint.CaseId }) + "#response-" + response.Id, cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
    }

    private async Task<Complaint?> LoadAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.Include(c => c.Responses).SingleOrDefaultAsync(c => c.Id == complaintId && c.ArchivedAt == null, cancellationToken);
        var options = complaint is null ? null : await CaseFormOptions.LoadAsync(db, complaint.CaseId, User, new CaseFormNeeds([Input.DateAfterId]), cancellationToken);
        if (complaint is null || options is null)
        {
            return null;
        }

        Options = options;
        ComplaintSubject = complaint.Subject;
        Addressee = options.Institutions.FirstOrDefault(i => i.Id == complaint.InstitutionId) ?? new Choice(complaint.InstitutionId, "?");
        return complaint;
    }
}
