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
        // From the person's own participations to their cases, not from every visible case to its people:
        // the nested form made PostgreSQL scan the visible cases for each person (472 ms for the first page of
        // 50,000 people; this one 6 ms).
        var participations = db.Cases.VisibleTo(user).SelectMany(c => c.Participants);
        return db.Persons.Where(p => participations.Any(part => part.PersonId == p.Id));
    }

    /// <summary>
    /// Organisations the user may see: one linked to nothing yet (just created), or one with a member or
    /// a filed complaint the user may see. An organisation known only through restricted cases the user
    /// may not see does not exist for them, in lists, choices and pages alike.
    /// </summary>
    public static IQueryable<Organisation> VisibleOrganisations(this CaseTrackerDbContext db, ClaimsPrincipal user)
    {
        var visibleCases = db.Cases.VisibleTo(user);
        var people = db.VisiblePeople(user);
        var members = db.Persons.SelectMany(p => p.Memberships);
        return db.Organisations.Where(o =>
            (!members.Any(m => m.OrganisationId == o.Id) && !db.Complaints.Any(c => c.FiledByOrganisationId == o.Id))
            || people.Any(p => p.Memberships.Any(m => m.OrganisationId == o.Id))
            || db.Complaints.Any(c => c.FiledByOrganisationId == o.Id && visibleCases.Any(v => v.Id == c.CaseId)));
    }
}
