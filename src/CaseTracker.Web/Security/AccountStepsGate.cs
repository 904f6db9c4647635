using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CaseTracker.Web.Security;

/// <summary>
/// Until a user who must choose a new password has done so, every page takes them to the page where they
/// do it; then, if two-factor sign-in is required and they have none, to its set-up. Sign-out, the
/// sign-in steps and the error page stay open.
/// </summary>
public sealed class AccountStepsGate : IAsyncPageFilter
{
    private static readonly HashSet<string> Open = new(StringComparer.OrdinalIgnoreCase)
    {
        "/Account/ChangePassword", "/Account/TwoFactor", "/Account/SignOut", "/Account/SignIn", "/Account/SignInTwoFactor", "/Error",
    };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        if (!Open.Contains(context.ActionDescriptor.ViewEnginePath))
        {
            if (user.HasClaim(c => c.Type == CaseTrackerClaimsFactory.MustChangePasswordClaim))
            {
                context.Result = new RedirectToPageResult("/Account/ChangePassword");
                return;
            }

            if (user.HasClaim(c => c.Type == CaseTrackerClaimsFactory.MustSetUpTwoFactorClaim))
            {
                context.Result = new RedirectToPageResult("/Account/TwoFactor");
                return;
            }
        }

        await next();
    }
}
