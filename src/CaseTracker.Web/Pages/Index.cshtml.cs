using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages;

/// <summary>
/// The signed-in home page: the complaints still waiting for a reply in the cases the user may see, the
/// most overdue first, so a caseworker sees at a glance what needs chasing.
/// </summary>
public class IndexModel(CaseTrackerDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int Shown = 25;

    public string Email { get; private set; } = "";

    public string RoleNames { get; private set; } = "";

    public DateOnly Today { get; private set; }

    public IReadOnlyList<WaitingComplaint> Waiting { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Email = User.Identity?.Name ?? "";
        RoleNames = string.Join(", ", Roles.All.Where(User.IsInRole).Select(role => localizer[role].Value));
        Today = clock.Today();
        var visibleCases = db.Cases.VisibleTo(User);
        Waiting = await db.Complaints.AsNoTracking()
            .Where(c => c.ArchivedAt == null && c.ClosedOn == null && !c.Responses.Any(r => r.ArchivedAt == null))
            .Where(c => visibleCases.Any(v => v.Id == c.CaseId))
            .OrderBy(c => c.ReplyDueOn).ThenBy(c => c.Id)
            .Take(Shown)
            .Join(db.Cases, c => c.CaseId, v => v.Id, (c, v) => new { Complaint = c, v.Reference })
            .Join(db.Institutions, x => x.Complaint.InstitutionId, i => i.Id, (x, i) => new WaitingComplaint(
                x.Complaint.Id, x.Complaint.CaseId, x.Reference, x.Complaint.Subject, i.Name, x.Complaint.FiledOn, x.Complaint.ReplyDueOn))
            .ToListAsync(cancellationToken);
    }

    public sealed record WaitingComplaint(Guid Id, Guid CaseId, string CaseReference, string Subject, string Institution, Domain.Dates.PartialDate FiledOn, DateOnly DueOn);
}
