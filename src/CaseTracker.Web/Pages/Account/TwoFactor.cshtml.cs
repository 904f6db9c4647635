using System.ComponentModel.DataAnnotations;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app: set up with a QR code or the key as text, confirmed with
/// a code; ten single-use recovery codes shown once; new codes or switching off (unless it is required).
/// </summary>
public class TwoFactorModel(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signInManager,
    CaseTrackerDbContext db,
    AuditTrail audit,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your app.")]
    [StringLength(10, ErrorMessage = "Enter the 6-digit code from your app.")]
    [Display(Name = "Code from the app")]
    public string Code { get; set; } = "";

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public string Key { get; private set; } = "";

    public string QrCode { get; private set; } = "";

    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await LoadAsync() is { } user ? Page() : Challenge();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        var code = new string(Code.Where(char.IsDigit).ToArray());
        if (!ModelState.IsValid || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.Remove(nameof(Code));
            ModelState.AddModelError(nameof(Code), localizer["This code is not right. Check the time on your phone and enter the newest code."]);
            Code = "";
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await audit.RecordAsync(AuditAction.TwoFactorEnabled, "User", user.Id, userId: user.Id);
        await signInManager.RefreshSignInAsync(user);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
            await audit.RecordAsync(AuditAction.RecoveryCodesGenerated, "User", user.Id, userId: user.Id);
            await LoadAsync();
        }

        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled && !Required)
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await audit.RecordAsync(AuditAction.TwoFactorDisabled, "User", user.Id, userId: user.Id);
            await signInManager.RefreshSignInAsync(user);
            await LoadAsync();
        }

        ModelState.Clear();
        return Page();
    }

    private async Task<ApplicationUser?> LoadAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return null;
        }

        Enabled = user.TwoFactorEnabled;
        Required = await db.SecuritySettings.AsNoTracking().AnyAsync(s => s.RequireTwoFactor);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return user;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Making a key renews the security stamp, which would end this very session: re-issue it.
            await users.ResetAuthenticatorKeyAsync(user);
            await signInManager.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        Key = AuthenticatorSetup.Grouped(key!);
        QrCode = AuthenticatorSetup.QrCodeDataUri(AuthenticatorSetup.Address(user.Email ?? "", key!));
        return user;
    }
}
