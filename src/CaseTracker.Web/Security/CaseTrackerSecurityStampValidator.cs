using System.Security.Claims;
using CaseTracker.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaseTracker.Web.Security;

/// <summary>
/// Checks the session on every request in one statement: its security stamp is still the account's and
/// the account is not disabled, and (for <see cref="AccountStepsGate"/>) whether two-factor sign-in is
/// required. The session's claims are kept as they are when the stamp matches; every change that alters
/// them renews the stamp. Identity's validator loads the whole account through EF and rebuilds the
/// principal; with a check on every request that was two queries more per page, and the two-factor
/// setting a third (issue 17).
/// </summary>
public sealed class CaseTrackerSecurityStampValidator(IOptions<SecurityStampValidatorOptions> options, SignInManager<ApplicationUser> signInManager, ILoggerFactory logger)
    : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    private static readonly object RequireTwoFactorKey = new();

    private const string SessionSql = """
        SELECT u.security_stamp, u.is_disabled, coalesce((SELECT s.require_two_factor FROM security_settings s), false) AS require_two_factor
        FROM users u WHERE u.id = @id
        """;

    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var identity = SignInManager.Options.ClaimsIdentity;
        var principal = context.Principal;
        var stamp = principal?.FindFirstValue(identity.SecurityStampClaimType);
        if (Guid.TryParse(principal?.FindFirstValue(identity.UserIdClaimType), out var userId) && stamp is not null)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<CaseTrackerDbContext>();
            // Plain SQL, not EF's SqlQuery: every page pays this check, and EF's composition and materializing
            // were most of its cost here (issue 17).
            var session = (await ReadBatch.ListAsync(db, SessionSql, p => p.AddWithValue("id", userId),
                r => new SessionState(r.OptionalText("security_stamp"), r.Flag("is_disabled"), r.Flag("require_two_factor")),
                context.HttpContext.RequestAborted)).SingleOrDefault();
            if (session is { IsDisabled: false } && session.SecurityStamp == stamp)
            {
                context.HttpContext.Items[RequireTwoFactorKey] = session.RequireTwoFactor;
                return;
            }
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>Whether two-factor sign-in is required, as read with this request's session check (null if it was not checked).</summary>
    public static bool? RequireTwoFactor(HttpContext context) => context.Items.TryGetValue(RequireTwoFactorKey, out var value) ? (bool?)value : null;

    private sealed record SessionState(string? SecurityStamp, bool IsDisabled, bool RequireTwoFactor);
}
