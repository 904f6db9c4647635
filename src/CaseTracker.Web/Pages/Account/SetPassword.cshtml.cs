using CaseTracker.Web.Auditing;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Account;

/// <summary>
/// The page behind the one-time link an admin hands over: the owner of the account sets their password.
/// The token works once (setting the password renews the security stamp it is bound to) and for 72 hours.
/// </summary>
[AllowAnonymous]
public class SetPasswordModel(UserManager<ApplicationUser> users, AuditTrail audit, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "token")]
    public string Token { get; set; } = "";

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Cleared();
        }

        var user = await users.FindByIdAsync(UserId.ToString());
        var result = user is null || user.IsDisabled
            ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken" })
            : await users.ResetPasswordAsync(user, Token, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "InvalidToken" ? string.Empty : "Input.NewPassword", PasswordMessages.Describe(localizer, error));
            }

            return Cleared();
        }

        user!.MustChangePassword = false;
        await users.UpdateAsync(user);
        await audit.RecordAsync(AuditAction.PasswordSet, "User", user.Id, userId: user.Id);
        Done = true;
        return Cleared();
    }

    private PageResult Cleared()
    {
        (Input.NewPassword, Input.ConfirmPassword) = ("", "");
        return Page();
    }
}
