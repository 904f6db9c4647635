using CaseTracker.Domain;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Cases;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Complaints;

/// <summary>
/// "Still no reply": a caseworker records that, as of today, the institution has not answered. The
/// silence's "as of" day moves to today; who and when are kept on the complaint and in the audit trail.
/// </summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute]
public class StillNoReplyModel(CaseTrackerDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public Guid ComplaintId { get; private set; }

    public Guid CaseId { get; private set; }

    public string Subject { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var complaint = await LoadAsync(id, cancellationToken);
        if (complaint is null)
        {
            return NotFound();
        }

        try
        {
            complaint.CheckedStillNoReply(clock.Today(), User.UserId(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, localizer.Say(ex));
            return Page();
        }

        TempData[nameof(DetailsModel.StatusMessage)] = localizer["Recorded: still no reply as of today."].Value;
        return Redirect(Url.Page("/Cases/Details", new { id = complaint.CaseId }) + "#complaint-" + id);
    }

    private async Task<Domain.Complaints.Complaint?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var visibleCases = db.Cases.VisibleTo(User);
        var complaint = await db.Complaints.Include(c => c.Responses)
            .Where(c => c.Id == id && c.ArchivedAt == null && visibleCases.Any(v => v.Id == c.CaseId))
            .SingleOrDefaultAsync(cancellationToken);
        if (complaint is not null)
        {
            (ComplaintId, CaseId, Subject) = (complaint.Id, complaint.CaseId, complaint.Subject);
        }

        return complaint;
    }
}
