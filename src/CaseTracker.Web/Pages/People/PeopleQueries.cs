using System.Security.Claims;
using CaseTracker.Domain.People;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;

namespace CaseTracker.Web.Pages.People;

public static class PeopleQueries
{
    /// <summary>
    /// People the user may see: those who appear in at least one case visible to them. Someone who
    /// appears only in a restricted case does not exist for a researcher.
    /// </summary>
    public static IQueryable<Person> VisiblePeople(this CaseTrackerDbContext db, ClaimsPrincipal user)
    {
        var visibleCases = db.Cases.VisibleTo(user);
        return db.Persons.Where(p => visibleCases.Any(c => c.Participants.Any(part => part.PersonId == p.Id)));
    }
}
