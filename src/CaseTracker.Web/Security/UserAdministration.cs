using CaseTracker.Web.Auditing;
using Microsoft.AspNetCore.Identity;

namespace CaseTracker.Web.Security;

/// <summary>
/// What admins do to accounts, each step audited. Changes that alter what a user may reach or must do
/// (role, disabling, two-factor reset, required password change) renew the account's security stamp,
/// which ends its open sessions on their next request.
/// No e-mail service here: a new account gets a one-time link to set its password, which the admin hands over.
/// </summary>
public sealed class UserAdministration(UserManager<ApplicationUser> users, AuditTrail audit)
{
    public async Task<(ApplicationUser? User, IEnumerable<IdentityError> Errors)> CreateAsync(string name, string email, string role, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return (null, created.Errors);
        }

        await users.AddToRoleAsync(user, role);
        await audit.RecordAsync(AuditAction.UserCreated, "User", user.Id, new { Role = role }, cancellationToken: cancellationToken);
        return (user, []);
    }

    /// <summary>A token for the set-password page, valid 72 hours and only until the password is set.</summary>
    public async Task<string> IssuePasswordLinkTokenAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        await audit.RecordAsync(AuditAction.PasswordLinkIssued, "User", user.Id, cancellationToken: cancellationToken);
        return token;
    }

    public async Task RenameAsync(ApplicationUser user, string name, CancellationToken cancellationToken)
    {
        if (user.DisplayName == name)
        {
            return;
        }

        var before = user.DisplayName;
        user.DisplayName = name;
        await users.UpdateAsync(user);
        await audit.RecordAsync(AuditAction.Update, "User", user.Id, new { DisplayName = new[] { before, name } }, cancellationToken: cancellationToken);
    }

    public async Task ChangeRoleAsync(ApplicationUser user, string role, CancellationToken cancellationToken)
    {
        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == role)
        {
            return;
        }

        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditAction.RoleChanged, "User", user.Id, new { Role = new[] { string.Join(",", current), role } }, cancellationToken: cancellationToken);
    }

    public async Task SetDisabledAsync(ApplicationUser user, bool disabled, CancellationToken cancellationToken)
    {
        user.IsDisabled = disabled;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(disabled ? AuditAction.UserDisabled : AuditAction.UserEnabled, "User", user.Id, cancellationToken: cancellationToken);
    }

    /// <summary>For a user who lost their phone and recovery codes: two-factor off, a new key, sessions ended.</summary>
    public async Task ResetTwoFactorAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditAction.TwoFactorReset, "User", user.Id, cancellationToken: cancellationToken);
    }

    public async Task RequirePasswordChangeAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user); // the flag is a claim given at sign-in
        await audit.RecordAsync(AuditAction.PasswordChangeRequired, "User", user.Id, cancellationToken: cancellationToken);
    }
}
