using CaseTracker.Domain.Complaints;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Complaints;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages;

/// <summary>
/// The signed-in home page: the complaints still waiting for a reply in the cases the user may see, the
/// earliest due first, so a caseworker sees at a glance what needs chasing; each says how far the
/// sources know the silence, by the case page's rule.
/// </summary>
public class IndexModel(CaseTrackerDbContext db, SilenceSettings silence, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int Shown = 25;

    public string Email { get; private set; } = "";

    public string RoleNames { get; private set; } = "";

    public IReadOnlyList<WaitingComplaint> Waiting { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Email = User.Identity?.Name ?? "";
        RoleNames = string.Join(", ", Roles.All.Where(User.IsInRole).Select(role => localizer[role].Value));
        var visibleCases = db.Cases.VisibleTo(User);
        var waiting = await db.Complaints.AsNoTracking()
            .Where(c => c.ArchivedAt == null && c.ClosedOn == null && !c.Responses.Any(r => r.ArchivedAt == null))
            .Where(c => visibleCases.Any(v => v.Id == c.CaseId))
            .OrderBy(c => c.ReplyDueOn).ThenBy(c => c.Id)
            .Take(Shown)
            .Join(db.Cases, c => c.CaseId, v => v.Id, (c, v) => new { c.Id, v.Reference })
            .ToListAsync(cancellationToken);
        var ids = waiting.Select(w => w.Id).ToArray();
        var complaints = (await ComplaintView.LoadAsync(db, "c.id = any(@ids)", p => p.AddWithValue("ids", ids), cancellationToken)).ToDictionary(c => c.Complaint.Id, c => c.Complaint);
        var institutionIds = complaints.Values.Select(c => c.InstitutionId).Distinct().ToList();
        var institutions = await db.Institutions.AsNoTracking().Where(i => institutionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var reading = silence.Today();
        Waiting = waiting.Where(w => complaints.ContainsKey(w.Id))
            .Select(w => new WaitingComplaint(w.Reference, complaints[w.Id].Complete([], reading, new Dictionary<Guid, string>(), institutions, seesConfidential: false)))
            .ToList();
    }

    public sealed record WaitingComplaint(string CaseReference, ComplaintView Complaint)
    {
        public ComplaintState State => Complaint.State;
    }
}
