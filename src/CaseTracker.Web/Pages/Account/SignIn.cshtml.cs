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
/// Sign-in with email and password. A wrong password, an unknown email, a disabled and a locked account
/// all get the same message after the same work (one password hash), so the page never tells an
/// attacker which accounts exist or are locked. Attempts are limited per client (429) and audited.
/// </summary>
[AllowAnonymous]
[SignInThrottle]
public partial class SignInModel(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    NormalizingPasswordHasher passwords,
    AuditTrail audit,
    IStringLocalizer<SharedResource> localizer,
    ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Input.Password = "";
            return Page();
        }

        var user = await userManager.FindByEmailAsync(Input.Email.Trim());
        if (user is null || await userManager.IsLockedOutAsync(user) || !await signInManager.CanSignInAsync(user))
        {
            // Identity answers these without hashing; do the same work anyway so the answer takes as long.
            passwords.VerifyDecoy(Input.Password);
        }

        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signInManager.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditAction.SignIn, "User", user!.Id, userId: user.Id);
            return user.MustChangePassword ? RedirectToPage("/Account/ChangePassword", new { returnUrl = SafeReturnUrl() }) : LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInTwoFactor", new { returnUrl = SafeReturnUrl() });
        }

        await audit.RecordAsync(result.IsLockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed, user is null ? null : "User", user?.Id, userId: user?.Id);

        // Logged for admins without the email typed: it may be a real person's address or a password
        // pasted into the wrong field.
        LogSignInFailed(logger, result.IsLockedOut, result.IsNotAllowed);
        ModelState.AddModelError(string.Empty, localizer["The email or password is not correct, or the account cannot sign in right now."]);
        Input.Password = "";
        return Page();
    }

    private string SafeReturnUrl() =>
        !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in failed (locked out: {LockedOut}, not allowed: {NotAllowed})")]
    private static partial void LogSignInFailed(ILogger logger, bool lockedOut, bool notAllowed);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [StringLength(256, ErrorMessage = "The email address can have at most {1} characters.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(PasswordRules.MaximumInputLength, ErrorMessage = "The password can have at most {1} characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }
}
