using System.Security.Claims;

namespace CaseTracker.Web.Security;

public static class UserExtensions
{
    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    /// <summary>Whether the user has a capability (<see cref="Policies"/>), by the same mapping the page policies use.</summary>
    public static bool Can(this ClaimsPrincipal user, string capability) =>
        Policies.RolesByCapability[capability].Any(user.IsInRole);

    public static bool CanEditCases(this ClaimsPrincipal user) => user.Can(Policies.EditCases);

    public static bool SeesConfidential(this ClaimsPrincipal user) => user.CanEditCases();

    public static bool CanChooseCaseReferences(this ClaimsPrincipal user) => user.Can(Policies.ChooseCaseReferences);
}
