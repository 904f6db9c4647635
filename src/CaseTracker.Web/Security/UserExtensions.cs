using System.Security.Claims;

namespace CaseTracker.Web.Security;

public static class UserExtensions
{
    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public static bool CanEditCases(this ClaimsPrincipal user) =>
        Policies.RolesByCapability[Policies.EditCases].Any(user.IsInRole);

    public static bool SeesConfidential(this ClaimsPrincipal user) => user.CanEditCases();

    public static bool CanChooseCaseReferences(this ClaimsPrincipal user) =>
        Policies.RolesByCapability[Policies.ChooseCaseReferences].Any(user.IsInRole);
}
