using System.ComponentModel.DataAnnotations;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Account;

/// <summary>
/// The second sign-in step: a code from the authenticator app, or one of the recovery codes (each works
/// once). Reached only after the right password; limited and audited like the first step.
/// </summary>
[AllowAnonymous]
[SignInThrottle]
public class SignInTwoFactorModel(SignInManager<ApplicationUser> signInManager, AuditTrail audit, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the code.")]
    [StringLength(64, ErrorMessage = "Enter the code.")]
    [Display(Name = "Code from your app, or a recovery code")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var typed = Code.Trim();
        var digits = new string(typed.Where(char.IsDigit).ToArray());
        var isAppCode = digits.Length == 6 && typed.All(c => char.IsDigit(c) || c == ' ');
        var result = isAppCode
            ? await signInManager.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false)
            : await signInManager.TwoFactorRecoveryCodeSignInAsync(typed.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            await audit.RecordAsync(isAppCode ? AuditAction.SignIn : AuditAction.RecoveryCodeUsed, "User", user.Id, userId: user.Id);
            var target = !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
            return user.MustChangePassword ? RedirectToPage("/Account/ChangePassword", new { returnUrl = target }) : LocalRedirect(target);
        }

        await audit.RecordAsync(result.IsLockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed, "User", user.Id, userId: user.Id);
        ModelState.AddModelError(nameof(Code), localizer["This code is not right, or it has been used already."]);
        Code = "";
        return Page();
    }
}
