using CaseTracker.Domain;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Cases;
using CaseTracker.Web.Pages.Shared;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Incidents;

/// <summary>Adds an incident to a case, from the case page, and returns to it.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute("caseId")]
public class CreateModel(CaseTrackerDbContext db, OneTimeSubmissions submissions, IStringLocalizer<SharedResource> localizer, PartialDateInput dates, Proposals proposals) : PageModel
{
    /// <summary>The form's one-time key (<see cref="OneTimeSubmissions"/>): a form sent twice creates one record.</summary>
    [BindProperty]
    public Guid SubmissionKey { get; set; } = Guid.NewGuid();

    [BindProperty]
    public IncidentInput Input { get; set; } = new();

    public CaseFormOptions Options { get; private set; } = null!;

    public IncidentFormModel Form => new(Input, Options, []);

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var options = await CaseFormOptions.LoadAsync(db, caseId, User, new CaseFormNeeds([Input.DateAfterId], Incidents: false), cancellationToken);
        if (options is null)
        {
            return NotFound();
        }

        Options = options;
        Input.VictimIds = options.People.Count == 1 ? [options.People[0].Id] : [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var options = await CaseFormOptions.LoadAsync(db, caseId, User, new CaseFormNeeds([Input.DateAfterId], Incidents: false), cancellationToken);
        if (options is null)
        {
            return NotFound();
        }

        if (await submissions.ReplayAsync(this, SubmissionKey, cancellationToken) is { } saved)
        {
            return saved;
        }

        Options = options = await Input.ProposeAsync(proposals, options, ModelState, cancellationToken);
        var date = dates.Read(Input.Date, "Input.Date", ModelState, after: dates.Entry(Input.DateAfterId, options, null, "Input.DateAfterId", ModelState));
        var alternativeDate = dates.Read(Input.AlternativeDate, "Input.AlternativeDate", ModelState, required: false);
        var group = Input.Group.Read("Input.Group", ModelState, localizer);
        Input.CheckPerpetrator(ModelState, localizer);
        if (CaseFormOptions.Allowed(Input.TypeIds, options.TermsOf(Vocabulary.IncidentType)).Count == 0)
        {
            ModelState.AddModelError("Input.TypeIds", localizer["Choose at least one incident type."]);
        }

        if (!ModelState.IsValid || date is null)
        {
            return Page();
        }

        try
        {
            var incident = new Incident(caseId, Input.Title, date);
            Input.RemovePerpetratorIds.Clear();
            Input.ApplyTo(incident, date, alternativeDate, group, options);
            db.Incidents.Add(incident);
            TempData[nameof(DetailsModel.StatusMessage)] = localizer["Incident added."].Value;
            return await submissions.SaveAsync(this, SubmissionKey, Url.Page("/Cases/Details", new { id = caseId }) + "#incident-" + incident.Id, cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
    }
}
