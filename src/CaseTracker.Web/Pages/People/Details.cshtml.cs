using CaseTracker.Domain.Cases;
using CaseTracker.Domain.People;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.People;

/// <summary>A person and every case they appear in that the reader may see. Contact details and security notes only for caseworkers and admins.</summary>
[Authorize(Policy = Policies.ReadCases)]
[CaseRecordRoute]
public class DetailsModel(CaseTrackerDbContext db) : PageModel
{
    public Person Person { get; private set; } = null!;

    public IReadOnlyList<string> Organisations { get; private set; } = [];

    public IReadOnlyList<(Guid CaseId, string Reference, string Title, ParticipantRole Role)> Cases { get; private set; } = [];

    public bool ShowConfidential { get; private set; }

    /// <summary>The incident the death resulted from, only when the reader may see its case.</summary>
    public (Guid CaseId, Guid Id, string Title)? DeathIncident { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await db.VisiblePeople(User).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        Person = person;
        ShowConfidential = User.SeesConfidential();
        var organisationIds = person.Memberships.Select(m => m.OrganisationId).ToList();
        Organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).Select(o => o.Name).ToListAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking().VisibleTo(User)
            .SelectMany(c => c.Participants.Where(p => p.PersonId == id), (c, p) => new { c.Id, c.Reference, c.Title, p.Role })
            .OrderBy(c => c.Reference)
            .ToListAsync(cancellationToken);
        Cases = cases.Select(c => (c.Id, c.Reference, c.Title, c.Role)).ToList();
        if (person.DeathIncidentId is { } incidentId)
        {
            var visible = db.Cases.VisibleTo(User).Select(c => c.Id);
            var incident = await db.Incidents.AsNoTracking().Where(i => i.Id == incidentId && i.ArchivedAt == null && visible.Contains(i.CaseId))
                .Select(i => new { i.CaseId, i.Id, i.Title }).SingleOrDefaultAsync(cancellationToken);
            DeathIncident = incident is null ? null : (incident.CaseId, incident.Id, incident.Title);
        }

        return Page();
    }
}
