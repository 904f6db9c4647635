namespace CaseTracker.Web.Security;

/// <summary>Settings admins change for the whole installation; one row.</summary>
public sealed class SecuritySettings
{
    public const int SingleRowId = 1;

    public int Id { get; private set; } = SingleRowId;

    /// <summary>When on, a user without two-factor sign-in is taken to set it up right after signing in.</summary>
    public bool RequireTwoFactor { get; set; }
}
