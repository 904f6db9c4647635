using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CaseTracker.Web.Security;

/// <summary>
/// Until a user who must choose a new password has done so, every page takes them to the page where they
/// do it (sign-out and the error page excepted).
/// </summary>
public sealed class PasswordChangeGate : IAsyncPageFilter
{
    private static readonly HashSet<string> Open = new(StringComparer.OrdinalIgnoreCase) { "/Account/ChangePassword", "/Account/SignOut", "/Account/SignIn", "/Error" };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        if (user.HasClaim(c => c.Type == CaseTrackerClaimsFactory.MustChangePasswordClaim) && !Open.Contains(context.ActionDescriptor.ViewEnginePath))
        {
            context.Result = new RedirectToPageResult("/Account/ChangePassword");
            return;
        }

        await next();
    }
}
