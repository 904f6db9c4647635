using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaseTracker.Web.Security;

/// <summary>
/// The claims a session carries: Identity's (id, email, roles, security stamp) plus a flag when an admin
/// has required a new password. Rebuilt from the database on every request (IdentitySetup), so the flag
/// and the roles are always current.
/// </summary>
public sealed class CaseTrackerClaimsFactory(UserManager<ApplicationUser> userManager, RoleManager<IdentityRole<Guid>> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    public const string MustChangePasswordClaim = "casetracker:must_change_password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        return identity;
    }
}
