namespace CaseTracker.Web.Auditing;

/// <summary>What an audit entry records. Stored by name, so members may be added anywhere.</summary>
public enum AuditAction
{
    Create,
    Update,
    Archive,
    Restore,
    Delete,
    SignIn,
    SignInFailed,
    LockedOut,
    SignOut,
    TwoFactorEnabled,
    TwoFactorDisabled,
    TwoFactorReset,
    RecoveryCodeUsed,
    RecoveryCodesGenerated,
    UserCreated,
    RoleChanged,
    UserDisabled,
    UserEnabled,
    PasswordSet,
    PasswordChanged,
    PasswordChangeRequired,
    PasswordLinkIssued,
    CaseAssigned,
    CaseUnassigned,
    SettingChanged,
    ReadRestrictedCase,
    Export,
}
