using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaseTracker.Web.Security;

/// <summary>
/// The claims a session carries: Identity's (id, email, roles, security stamp), a flag when an admin has
/// required a new password, and one while the account has no two-factor sign-in. Built at sign-in and when
/// the app refreshes the session; every change of access renews the security stamp, which ends older
/// sessions, so the claims never go stale (ADR 13).
/// </summary>
public sealed class CaseTrackerClaimsFactory(UserManager<ApplicationUser> userManager, RoleManager<IdentityRole<Guid>> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    public const string MustChangePasswordClaim = "casetracker:must_change_password";

    /// <summary>Present while the account has no two-factor sign-in; the gate then checks whether it is required.</summary>
    public const string WithoutTwoFactorClaim = "casetracker:without_two_factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        if (!user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(WithoutTwoFactorClaim, "true"));
        }

        return identity;
    }
}
