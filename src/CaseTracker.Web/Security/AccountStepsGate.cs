using CaseTracker.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

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

            // Only sessions without two-factor are concerned, and the setting takes effect at once: it is read
            // with the session check of this very request (CaseTrackerSecurityStampValidator), else looked up.
            if (user.HasClaim(c => c.Type == CaseTrackerClaimsFactory.WithoutTwoFactorClaim)
                && (CaseTrackerSecurityStampValidator.RequireTwoFactor(context.HttpContext)
                    ?? await context.HttpContext.RequestServices.GetRequiredService<CaseTrackerDbContext>().SecuritySettings.AsNoTracking().AnyAsync(s => s.RequireTwoFactor)))
            {
                context.Result = new RedirectToPageResult("/Account/TwoFactor");
                return;
            }
        }

        await next();
    }
}
