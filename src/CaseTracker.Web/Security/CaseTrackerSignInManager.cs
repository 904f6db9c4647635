using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaseTracker.Web.Security;

/// <summary>
/// Identity's sign-in manager, with disabled accounts refused at sign-in and on every later request, and
/// the time of sign-in kept when a session is refreshed (after a password or two-factor change), so that
/// the 12-hour limit counts from the real sign-in.
/// </summary>
public sealed class CaseTrackerSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override Task SignInWithClaimsAsync(ApplicationUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var current = Context.User;
        if (current.Identity?.IsAuthenticated == true && current.UserId() == user.Id && current.FindFirst(IdentitySetup.SignedInAtClaim) is { } signedInAt)
        {
            additionalClaims = additionalClaims.Append(new Claim(IdentitySetup.SignedInAtClaim, signedInAt.Value));
        }

        return base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }

    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateSecurityStampAsync(principal) is { IsDisabled: false } user ? user : null;
}
