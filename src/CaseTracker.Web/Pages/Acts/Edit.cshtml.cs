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
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Acts;

/// <summary>Edits an institution's act. A save over someone else's newer save is refused and the input kept.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute]
public class EditModel(CaseTrackerDbContext db, IStringLocalizer<SharedResource> localizer, PartialDateInput dates, Proposals proposals) : PageModel
{
    [BindProperty]
    public ActInput Input { get; set; } = new();

    public CaseFormOptions Options { get; private set; } = null!;

    public ActFormModel Form => new(Input, Options, this.RecordId());

    /// <summary>After a refused save: the fields someone else changed, with their saved values.</summary>
    public IReadOnlyList<SavedField> SavedByOthers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var act = await LoadAsync(id, cancellationToken);
        if (act is null)
        {
            return NotFound();
        }

        Input = ActInput.From(act);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var act = await LoadAsync(id, cancellationToken);
        if (act is null)
        {
            return NotFound();
        }

        Options = await Input.ProposeAsync(proposals, Options, ModelState, cancellationToken);
        var date = dates.Read(Input.Date, "Input.Date", ModelState, after: dates.Entry(Input.DateAfterId, Options, id, "Input.DateAfterId", ModelState));
        var choices = Input.Choices(Options, ModelState, localizer);
        var group = Input.Group.Read("Input.Group", ModelState, localizer);
        if (!ModelState.IsValid || date is null || choices is not { } chosen)
        {
            return Page();
        }

        try
        {
            db.Entry(act).Property(a => a.Version).OriginalValue = Input.Version;
            act.Describe(chosen.Institution, chosen.Kind, date, Input.Summary);
            Input.ApplyLinks(act, group, Options);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            var saved = ActInput.From(await db.Acts.AsNoTracking().SingleAsync(a => a.Id == id, cancellationToken));
            SavedByOthers = StaleSave.Refuse(ModelState, "Input.Version", Input, saved, localizer, Options.Labels());
            Input.Version = saved.Version;
            return Page();
        }

        TempData[nameof(DetailsModel.StatusMessage)] = localizer["Act saved."].Value;
        return Redirect(Url.Page("/Cases/Details", new { id = act.CaseId }) + "#act-" + id);
    }

    private async Task<InstitutionalAct?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var act = await db.Acts.SingleOrDefaultAsync(a => a.Id == id && a.ArchivedAt == null, cancellationToken);
        var options = act is null ? null : await CaseFormOptions.LoadAsync(db, act.CaseId, User, new CaseFormNeeds([act.Date.After, Input.DateAfterId]), cancellationToken);
        if (act is null || options is null)
        {
            return null;
        }

        Options = options;
        return act;
    }
}
