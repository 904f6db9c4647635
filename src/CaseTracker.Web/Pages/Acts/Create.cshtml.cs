using CaseTracker.Domain;
using CaseTracker.Domain.Acts;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Cases;
using CaseTracker.Web.Pages.Shared;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Acts;

/// <summary>Records what an institution did on its own (not in reply to a complaint), from the case page, and returns to it.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute("caseId")]
public class CreateModel(CaseTrackerDbContext db, OneTimeSubmissions submissions, IStringLocalizer<SharedResource> localizer, PartialDateInput dates, Proposals proposals) : PageModel
{
    /// <summary>The form's one-time key (<see cref="OneTimeSubmissions"/>): a form sent twice creates one record.</summary>
    [BindProperty]
    public Guid SubmissionKey { get; set; } = Guid.NewGuid();

    [BindProperty]
    public ActInput Input { get; set; } = new();

    public CaseFormOptions Options { get; private set; } = null!;

    public ActFormModel Form => new(Input, Options);

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var options = await CaseFormOptions.LoadAsync(db, caseId, User, new CaseFormNeeds([Input.DateAfterId]), cancellationToken);
        if (options is null)
        {
            return NotFound();
        }

        Options = options;
        Input.PersonIds = options.People.Count == 1 ? [options.People[0].Id] : [];
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
        var date = dates.Read(Input.Date, "Input.Date", ModelState, after: dates.Entry(Input.DateAfterId, options, null, "Input.DateAfterId", ModelState));
        var choices = Input.Choices(options, ModelState, localizer);
        var group = Input.Group.Read("Input.Group", ModelState, localizer);
        if (!ModelState.IsValid || date is null || choices is not { } chosen)
        {
            return Page();
        }

        try
        {
            var act = new InstitutionalAct(caseId, chosen.Institution, chosen.Kind, date);
            act.Describe(chosen.Institution, chosen.Kind, date, Input.Summary);
            Input.ApplyLinks(act, group, options);
            db.Acts.Add(act);
            TempData[nameof(DetailsModel.StatusMessage)] = localizer["Act recorded."].Value;
            return await submissions.SaveAsync(this, SubmissionKey, Url.Page("/Cases/Details", new { id = caseId }) + "#act-" + act.Id, cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
    }
}
