using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaseTracker.Web.Security;

/// <summary>
/// Checks the session's security stamp (and that the account is not disabled) on every request, but keeps
/// the session's claims as they are when the stamp matches. Identity's validator rebuilds the principal and
/// re-issues the cookie after each check: with a check on every request that is two more queries and a
/// cookie encryption per page. Nothing is lost: every change that alters the claims renews the stamp.
/// </summary>
public sealed class CaseTrackerSecurityStampValidator(IOptions<SecurityStampValidatorOptions> options, SignInManager<ApplicationUser> signInManager, ILoggerFactory logger)
    : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    protected override Task SecurityStampVerified(ApplicationUser user, CookieValidatePrincipalContext context) => Task.CompletedTask;
}
