using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.People;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Organisations;

/// <summary>
/// NGOs and groups people belong to, as far as the reader may see them (<see cref="PeopleQueries.VisibleOrganisations"/>).
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(CaseTrackerDbContext db) : PageModel
{
    public IReadOnlyList<OrganisationRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var people = db.VisiblePeople(User);
        Rows = await db.VisibleOrganisations(User).AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.CountryCode, people.Count(p => p.Memberships.Any(m => m.OrganisationId == o.Id))))
            .ToListAsync(cancellationToken);
    }

    public sealed record OrganisationRow(Guid Id, string Name, string? CountryCode, int VisibleMembers);
}
