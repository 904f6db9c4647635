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
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Incidents;

/// <summary>Edits an incident. A save over someone else's newer save is refused and the input kept.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute]
public class EditModel(CaseTrackerDbContext db, IStringLocalizer<SharedResource> localizer, PartialDateInput dates, Proposals proposals) : PageModel
{
    [BindProperty]
    public IncidentInput Input { get; set; } = new();

    public CaseFormOptions Options { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Label)> ExistingPerpetrators { get; private set; } = [];

    public Guid IncidentId { get; private set; }

    public IncidentFormModel Form => new(Input, Options, ExistingPerpetrators, this.RecordId());

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var incident = await LoadAsync(id, cancellationToken);
        if (incident is null)
        {
            return NotFound();
        }

        Input = IncidentInput.From(incident);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var incident = await LoadAsync(id, cancellationToken);
        if (incident is null)
        {
            return NotFound();
        }

        Options = await Input.ProposeAsync(proposals, Options, ModelState, cancellationToken);
        var date = dates.Read(Input.Date, "Input.Date", ModelState, after: dates.Entry(Input.DateAfterId, Options, id, "Input.DateAfterId", ModelState));
        var alternativeDate = dates.Read(Input.AlternativeDate, "Input.AlternativeDate", ModelState, required: false);
        var group = Input.Group.Read("Input.Group", ModelState, localizer);
        Input.CheckPerpetrator(ModelState, localizer);
        if (CaseFormOptions.Allowed(Input.TypeIds, Options.TermsOf(Vocabulary.IncidentType)).Count == 0)
        {
            ModelState.AddModelError("Input.TypeIds", localizer["Choose at least one incident type."]);
        }

        if (!ModelState.IsValid || date is null)
        {
            return Page();
        }

        try
        {
            db.Entry(incident).Property(i => i.Version).OriginalValue = Input.Version;
            Input.ApplyTo(incident, date, alternativeDate, group, Options);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefuseStaleSaveAsync(id, cancellationToken);
        }

        TempData[nameof(DetailsModel.StatusMessage)] = localizer["Incident saved."].Value;
        return Redirect(Url.Page("/Cases/Details", new { id = incident.CaseId }) + "#incident-" + id);
    }

    private async Task<IActionResult> RefuseStaleSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        var saved = IncidentInput.From(await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id, cancellationToken));
        SavedByOthers = StaleSave.Refuse(ModelState, "Input.Version", Input, saved, localizer, Options.Labels());
        Input.Version = saved.Version;
        return Page();
    }

    /// <summary>After a refused save: the fields someone else changed, with their saved values.</summary>
    public IReadOnlyList<SavedField> SavedByOthers { get; private set; } = [];

    private async Task<Incident?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.SingleOrDefaultAsync(i => i.Id == id && i.ArchivedAt == null, cancellationToken);
        var options = incident is null ? null : await CaseFormOptions.LoadAsync(db, incident.CaseId, User, new CaseFormNeeds([incident.Date.After, Input.DateAfterId], Incidents: false), cancellationToken);
        if (incident is null || options is null)
        {
            return null;
        }

        Options = options;
        IncidentId = id;
        var names = options.People.Concat(options.Institutions).Concat(options.TermsOf(Vocabulary.PerpetratorType))
            .DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.Label);
        ExistingPerpetrators = incident.Perpetrators.Select(p => (p.Id, PerpetratorView.From(p).InWords(names))).ToList();
        return incident;
    }
}
