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

/// <summary>Adds a complaint to a case. Its reply is due after the institution's reply window unless a date is given.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute("caseId")]
public class CreateModel(CaseTrackerDbContext db, OneTimeSubmissions submissions, IStringLocalizer<SharedResource> localizer, PartialDateInput dates, Proposals proposals) : PageModel
{
    /// <summary>The form's one-time key (<see cref="OneTimeSubmissions"/>): a form sent twice creates one record.</summary>
    [BindProperty]
    public Guid SubmissionKey { get; set; } = Guid.NewGuid();

    [BindProperty]
    public ComplaintInput Input { get; set; } = new();

    public CaseFormOptions Options { get; private set; } = null!;

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public ComplaintFormModel Form => new(Input, Options, Organisations);

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var options = await CaseFormOptions.LoadAsync(db, caseId, User, new CaseFormNeeds([Input.DateAfterId]), cancellationToken);
        if (options is null)
        {
            return NotFound();
        }

        Options = options;
        Organisations = await ComplaintInput.OrganisationChoicesAsync(db, User, cancellationToken);
        Input.FiledByPersonId = options.People.Count == 1 ? options.People[0].Id : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var options = await CaseFormOptions.LoadAsync(db, caseId, User, new CaseFormNeeds([Input.DateAfterId]), cancellationToken);
        if (options is null)
        {
            return NotFound();
        }

        if (await submissions.ReplayAsync(this, SubmissionKey, cancellationToken) is { } saved)
        {
            return saved;
        }

        Options = options = await Input.ProposeAsync(proposals, options, ModelState, cancellationToken);
        Organisations = await ComplaintInput.OrganisationChoicesAsync(db, User, cancellationToken);
        var filedOn = dates.Read(Input.FiledOn, "Input.FiledOn", ModelState, openEndAllowed: false, after: dates.Entry(Input.DateAfterId, options, null, "Input.DateAfterId", ModelState));
        var kind = CaseFormOptions.AllowedOne(Input.KindId, options.TermsOf(Vocabulary.ComplaintKind));
        var institution = Input.InstitutionId is { } institutionId
            ? await db.Institutions.FindAsync([institutionId], cancellationToken)
            : null;
        if (Input.KindId is not null && kind is null)
        {
            ModelState.AddModelError("Input.KindId", localizer["Choose what kind of request it is."]);
        }

        if (Input.InstitutionId is not null && institution is null)
        {
            ModelState.AddModelError("Input.InstitutionId", localizer["Choose the institution it was sent to."]);
        }

        var otherCases = await Input.ReadOtherCasesAsync(db, User, ModelState, localizer, null, cancellationToken);
        if (!Input.ReadCounts(ModelState, localizer, out var filings, out var group) || otherCases is null || filedOn is null || kind is null || institution is null)
        {
            return Page();
        }

        try
        {
            var typeDefault = await db.VocabularyTerms.Where(t => t.Id == institution.TypeId).Select(t => t.DefaultReplyDays).SingleAsync(cancellationToken);
            var complaint = new Complaint(caseId, kind.Value, institution.Id, filedOn, Input.Subject, institution.EffectiveReplyWindow(typeDefault));
            complaint.Schedule(filedOn, complaint.ReplyWindowDays, Input.ReplyDueOverride);
            complaint.Describe(kind.Value, institution.Id, Input.Subject, Input.ReferenceNumber, Input.Notes);
            Input.ApplyLinks(complaint, options, Organisations, filings, group);
            complaint.AlsoConcerns(otherCases);
            db.Complaints.Add(complaint);
            TempData[nameof(DetailsModel.StatusMessage)] = localizer["Complaint added."].Value;
            return await submissions.SaveAsync(this, SubmissionKey, Url.Page("/Cases/Details", new { id = caseId }) + "#complaint-" + complaint.Id, cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
    }
}
