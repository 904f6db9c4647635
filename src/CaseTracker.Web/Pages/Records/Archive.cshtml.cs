using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain;
using CaseTracker.Domain.Common;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Cases;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Records;

/// <summary>Archives an incident, complaint, response or source with a reason. Nothing is deleted; an admin can restore it.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute]
public class ArchiveModel(CaseTrackerDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Give a reason for archiving.")]
    [StringLength(TextLimits.Reason, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Why archive it?")]
    public string? Reason { get; set; }

    public string RecordTitle { get; private set; } = "";

    public Guid CaseId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        var found = await ArchivableRecords.FindAsync(db, kind, id, User, cancellationToken);
        if (found is null || found.Record.IsArchived)
        {
            return NotFound();
        }

        (RecordTitle, CaseId) = (found.Title, found.CaseId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        var found = await ArchivableRecords.FindAsync(db, kind, id, User, cancellationToken);
        if (found is null || found.Record.IsArchived)
        {
            return NotFound();
        }

        (RecordTitle, CaseId) = (found.Title, found.CaseId);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            found.Record.Archive(Reason!, User.UserId(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(nameof(Reason), localizer.Say(ex));
            return Page();
        }

        TempData[nameof(DetailsModel.StatusMessage)] = localizer["Archived. An admin can restore it from the case's archived records."].Value;
        return RedirectToPage("/Cases/Details", new { id = found.CaseId });
    }
}
