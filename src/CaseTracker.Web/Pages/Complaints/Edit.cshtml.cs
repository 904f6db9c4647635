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

namespace CaseTracker.Web.Pages.Complaints;

/// <summary>
/// Edits a complaint, or closes and reopens it. Sending it to another institution takes that
/// institution's reply window; otherwise the window it was filed with stays.
/// </summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute]
public class EditModel(CaseTrackerDbContext db, IStringLocalizer<SharedResource> localizer, PartialDateInput dates, Proposals proposals) : PageModel
{
    [BindProperty]
    public ComplaintInput Input { get; set; } = new();

    public CaseFormOptions Options { get; private set; } = null!;

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public ComplaintFormModel Form => new(Input, Options, Organisations, this.RecordId());

    public IReadOnlyList<SavedField> SavedByOthers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var complaint = await LoadAsync(id, cancellationToken);
        if (complaint is null)
        {
            return NotFound();
        }

        Input = ComplaintInput.From(complaint);
        Input.OtherCases = await ComplaintInput.OtherCasesTypedAsync(db, User, complaint, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var complaint = await LoadAsync(id, cancellationToken);
        if (complaint is null)
        {
            return NotFound();
        }

        Options = await Input.ProposeAsync(proposals, Options, ModelState, cancellationToken);
        var filedOn = dates.Read(Input.FiledOn, "Input.FiledOn", ModelState, openEndAllowed: false, after: dates.Entry(Input.DateAfterId, Options, id, "Input.DateAfterId", ModelState));
        var kind = CaseFormOptions.AllowedOne(Input.KindId, Options.TermsOf(Vocabulary.ComplaintKind));
        var institution = Input.InstitutionId is { } institutionId
            ? await db.Institutions.FindAsync([institutionId], cancellationToken)
            : null;
        // One being added under its list is refused next to what was typed there, if at all.
        if (kind is null && string.IsNullOrWhiteSpace(Input.NewKind))
        {
            ModelState.AddModelError("Input.KindId", localizer["Choose what kind of request it is."]);
        }

        if (institution is null && string.IsNullOrWhiteSpace(Input.NewInstitution.Name))
        {
            ModelState.AddModelError("Input.InstitutionId", localizer["Choose the institution it was sent to."]);
        }

        // A filing moved after one of its responses would count a negative wait: refused here, where the
        // caseworker can see which date to check.
        if (filedOn is not null)
        {
            var responseDates = await db.Responses.AsNoTracking().Where(r => r.ComplaintId == complaint.Id && r.ArchivedAt == null)
                .Select(r => r.Date).ToListAsync(cancellationToken);
            if (responseDates.Where(d => d.Latest < filedOn.Earliest).Min() is { } earlier)
            {
                ModelState.AddModelError("Input.FiledOn", localizer["A response to this complaint is dated {0}, before this date. Check this date or the response's.", localizer.Show(earlier)]);
            }
        }

        if (Input.ClosedOn is not null && string.IsNullOrWhiteSpace(Input.ClosedReason))
        {
            ModelState.AddModelError("Input.ClosedReason", localizer["Say why the complaint is closed."]);
        }

        var otherCases = await Input.ReadOtherCasesAsync(db, User, ModelState, localizer, complaint, cancellationToken);
        if (!Input.ReadCounts(ModelState, localizer, out var filings, out var group) || otherCases is null || filedOn is null || kind is null || institution is null)
        {
            return Page();
        }

        try
        {
            db.Entry(complaint).Property(c => c.Version).OriginalValue = Input.Version;
            var window = complaint.ReplyWindowDays;
            if (institution.Id != complaint.InstitutionId)
            {
                var typeDefault = await db.VocabularyTerms.Where(t => t.Id == institution.TypeId).Select(t => t.DefaultReplyDays).SingleAsync(cancellationToken);
                window = institution.EffectiveReplyWindow(typeDefault);
            }

            complaint.Schedule(filedOn, window, Input.ReplyDueOverride);
            complaint.Describe(kind.Value, institution.Id, Input.Subject, Input.ReferenceNumber, Input.Notes);
            Input.ApplyLinks(complaint, Options, Organisations, filings, group);
            complaint.AlsoConcerns(otherCases);
            if (Input.ClosedOn is { } closedOn)
            {
                complaint.Close(closedOn, Input.ClosedReason!);
            }
            else
            {
                complaint.Reopen();
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Complaints.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
            var saved = ComplaintInput.From(current);
            saved.OtherCases = await ComplaintInput.OtherCasesTypedAsync(db, User, current, cancellationToken);
            SavedByOthers = StaleSave.Refuse(ModelState, "Input.Version", Input, saved, localizer, Options.Labels());
            Input.Version = saved.Version;
            return Page();
        }

        TempData[nameof(DetailsModel.StatusMessage)] = localizer["Complaint saved."].Value;
        return Redirect(Url.Page("/Cases/Details", new { id = complaint.CaseId }) + "#complaint-" + id);
    }

    private async Task<Complaint?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == id && c.ArchivedAt == null, cancellationToken);
        var options = complaint is null ? null : await CaseFormOptions.LoadAsync(db, complaint.CaseId, User, new CaseFormNeeds([complaint.FiledOn.After, Input.DateAfterId]), cancellationToken);
        if (complaint is null || options is null)
        {
            return null;
        }

        Options = options;
        Organisations = await ComplaintInput.OrganisationChoicesAsync(db, User, cancellationToken);
        return complaint;
    }
}
