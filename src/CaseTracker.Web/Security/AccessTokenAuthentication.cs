using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaseTracker.Web.Security;

/// <summary>
/// Signs a request in by <c>Authorization: Bearer ctk_...</c>, for the JSON API only (the API's policy
/// names this scheme; pages do not). Read-only: a token never authenticates anything but GET and HEAD.
/// The account is read afresh on every request, so a disabled user or a changed role counts at once.
/// </summary>
public sealed class AccessTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokens tokens,
    UserManager<ApplicationUser> users,
    IUserClaimsPrincipalFactory<ApplicationUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method))
        {
            return AuthenticateResult.Fail("Access tokens are read-only.");
        }

        var token = await tokens.FindActiveAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        var user = token is null ? null : await users.FindByIdAsync(token.UserId.ToString());
        if (token is null || user is null || user.IsDisabled)
        {
            return AuthenticateResult.Fail("The access token is unknown, expired or revoked.");
        }

        await tokens.NoteUseAsync(token, Context.RequestAborted);
        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
