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

[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute]
public class EditModel(CaseTrackerDbContext db, IStringLocalizer<SharedResource> localizer, PartialDateInput dates) : PageModel
{
    [BindProperty]
    public ResponseInput Input { get; set; } = new();

    public CaseFormOptions Options { get; private set; } = null!;

    public string ComplaintSubject { get; private set; } = "";

    /// <summary>The institution the complaint was sent to, which answers unless another body is chosen.</summary>
    public Choice Addressee { get; private set; } = null!;

    public ResponseFormModel Form => new(Input, Options, Addressee, this.RecordId());

    public IReadOnlyList<SavedField> SavedByOthers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, cancellationToken);
        if (loaded is null)
        {
            return NotFound();
        }

        Input = ResponseInput.From(loaded.Value.Response);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, cancellationToken);
        if (loaded is not { } found)
        {
            return NotFound();
        }

        var date = dates.Read(Input.Date, "Input.Date", ModelState, openEndAllowed: false, after: dates.Entry(Input.DateAfterId, Options, id, "Input.DateAfterId", ModelState));
        var outcome = CaseFormOptions.AllowedOne(Input.OutcomeId, Options.TermsOf(Vocabulary.ResponseOutcome));
        if (outcome is null)
        {
            ModelState.AddModelError("Input.OutcomeId", localizer["Choose the outcome."]);
        }

        if (date is not null && date.Latest < found.Complaint.FiledOn.Earliest)
        {
            ModelState.AddModelError("Input.Date", localizer["A response cannot come before the complaint was filed ({0}). Check this date or the complaint's.", localizer.Show(found.Complaint.FiledOn)]);
        }

        if (!ModelState.IsValid || date is null || outcome is null)
        {
            return Page();
        }

        try
        {
            db.Entry(found.Response).Property(r => r.Version).OriginalValue = Input.Version;
            Input.ApplyTo(found.Response, date, outcome.Value, Options, found.Complaint.InstitutionId);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            var saved = ResponseInput.From(await db.Responses.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken));
            SavedByOthers = StaleSave.Refuse(ModelState, "Input.Version", Input, saved, localizer, Options.Labels());
            Input.Version = saved.Version;
            return Page();
        }

        TempData[nameof(DetailsModel.StatusMessage)] = localizer["Response saved."].Value;
        return Redirect(Url.Page("/Cases/Details", new { id = found.Complaint.CaseId }) + "#response-" + id);
    }

    private async Task<(InstitutionalResponse Response, Complaint Complaint)?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var response = await db.Responses.SingleOrDefaultAsync(r => r.Id == id && r.ArchivedAt == null, cancellationToken);
        var complaint = response is null ? null : await db.Complaints.AsNoTracking().SingleAsync(c => c.Id == response.ComplaintId, cancellationToken);
        var options = complaint is null ? null : await CaseFormOptions.LoadAsync(db, complaint.CaseId, User, new CaseFormNeeds([response!.Date.After, Input.DateAfterId]), cancellationToken);
        if (response is null || complaint is null || options is null)
        {
            return null;
        }

        Options = options;
        ComplaintSubject = complaint.Subject;
        Addressee = options.Institutions.FirstOrDefault(i => i.Id == complaint.InstitutionId) ?? new Choice(complaint.InstitutionId, "?");
        return (response, complaint);
    }
}
