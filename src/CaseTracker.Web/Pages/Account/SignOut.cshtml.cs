using CaseTracker.Web.Auditing;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Web.Pages.Account;

/// <summary>
/// Sign-out is a POST with an antiforgery token, so no link or image on another site can sign a user out.
/// It also renews the account's security stamp, so a copy of the session cookie taken before is refused
/// from the next request on.
/// </summary>
public class SignOutModel(SignInManager<ApplicationUser> signInManager, UserManager<ApplicationUser> userManager, AuditTrail audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await userManager.GetUserAsync(User) is { } user)
        {
            await userManager.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(AuditAction.SignOut, "User", user.Id, userId: user.Id);
        }

        await signInManager.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
