using Microsoft.AspNetCore.Identity;

namespace CaseTracker.Web.Security;

/// <summary>A person who may sign in. Accounts are created by admins only; there is no self-registration.</summary>
public class ApplicationUser : IdentityUser<Guid>
{
    /// <summary>A disabled account cannot sign in, and its open sessions are refused on their next request.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The name colleagues know the user by, shown in the users list and the audit trail (never logged).</summary>
    [System.ComponentModel.DataAnnotations.MaxLength(200)]
    public string? DisplayName { get; set; }

    /// <summary>Set by an admin: after signing in, the user must choose a new password before anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The 30-second step of the last authenticator code accepted: a code is good once, and never one older than it.</summary>
    public long? LastAuthenticatorStep { get; set; }
}
