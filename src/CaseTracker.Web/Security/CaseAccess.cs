using System.Security.Claims;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Web.Security;

/// <summary>
/// Which cases a user may see, as a query filter every case-scoped page starts from. It refuses by
/// default: admins see all cases, caseworkers standard cases and the restricted ones assigned to them,
/// everyone else standard cases only. A case outside it answers 404, as if it did not exist.
/// </summary>
public static class CaseAccess
{
    /// <summary>Whether the user sees every case, restricted ones included, without being assigned.</summary>
    public static bool SeesEveryCase(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);

    public static IQueryable<CaseFile> VisibleTo(this IQueryable<CaseFile> cases, ClaimsPrincipal user)
    {
        if (user.SeesEveryCase())
        {
            return cases;
        }

        if (user.IsInRole(Roles.Caseworker))
        {
            var userId = user.UserId();
            return cases.Where(c => c.Sensitivity == Sensitivity.Standard || c.Assignments.Any(a => a.UserId == userId));
        }

        return cases.Where(c => c.Sensitivity == Sensitivity.Standard);
    }
}
