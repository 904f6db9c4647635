using System.Security.Claims;
using CaseTracker.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseTracker.Web.Security;

/// <summary>
/// The claims a session carries: Identity's (id, email, roles, security stamp) plus a flag when an admin
/// has required a new password, and one when two-factor sign-in is required and not yet set up. Rebuilt from the database on every request (IdentitySetup), so the flag
/// and the roles are always current.
/// </summary>
public sealed class CaseTrackerClaimsFactory(UserManager<ApplicationUser> userManager, RoleManager<IdentityRole<Guid>> roleManager, IOptions<IdentityOptions> options, CaseTrackerDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    public const string MustChangePasswordClaim = "casetracker:must_change_password";

    public const string MustSetUpTwoFactorClaim = "casetracker:must_set_up_two_factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        if (!user.TwoFactorEnabled && await db.SecuritySettings.AsNoTracking().AnyAsync(s => s.RequireTwoFactor))
        {
            identity.AddClaim(new Claim(MustSetUpTwoFactorClaim, "true"));
        }

        return identity;
    }
}
