using CaseTracker.Domain;
using CaseTracker.Domain.Sources;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Cases;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Sources;

[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute]
public class EditModel(CaseTrackerDbContext db, IStringLocalizer<SharedResource> localizer, PartialDateInput dates) : PageModel
{
    [BindProperty]
    public SourceInput Input { get; set; } = new();

    public Guid CaseId { get; private set; }

    public string CaseReference { get; private set; } = "";

    public IReadOnlyList<SavedField> SavedByOthers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var source = await LoadAsync(id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        Input = SourceInput.From(source);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var source = await LoadAsync(id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        var publishedOn = dates.Read(Input.PublishedOn, "Input.PublishedOn", ModelState, required: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            db.Entry(source).Property(s => s.Version).OriginalValue = Input.Version;
            Input.ApplyTo(source, publishedOn);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            var saved = SourceInput.From(await db.Sources.AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken));
            SavedByOthers = StaleSave.Refuse(ModelState, "Input.Version", Input, saved, localizer);
            Input.Version = saved.Version;
            return Page();
        }

        TempData[nameof(DetailsModel.StatusMessage)] = localizer["Source saved."].Value;
        return RedirectToPage("/Cases/Details", new { id = source.CaseId });
    }

    private async Task<Source?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var source = await db.Sources.SingleOrDefaultAsync(s => s.Id == id && s.ArchivedAt == null, cancellationToken);
        var reference = source is null ? null
            : await db.Cases.AsNoTracking().VisibleTo(User).Where(c => c.Id == source.CaseId).Select(c => c.Reference).SingleOrDefaultAsync(cancellationToken);
        if (source is null || reference is null)
        {
            return null;
        }

        (CaseId, CaseReference) = (source.CaseId, reference);
        return source;
    }
}
