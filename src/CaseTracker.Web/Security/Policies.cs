using Microsoft.AspNetCore.Authorization;

namespace CaseTracker.Web.Security;

/// <summary>
/// Capabilities, named once and mapped to roles in one place. A page states the capability it needs
/// (<c>[Authorize(Policy = Policies.EditCases)]</c>); changing who may do what is an edit to this file.
/// </summary>
public static class Policies
{
    public const string ReadCases = nameof(ReadCases);
    public const string EditCases = nameof(EditCases);
    public const string RestoreRecords = nameof(RestoreRecords);
    public const string ManageUsers = nameof(ManageUsers);
    public const string ManageVocabularies = nameof(ManageVocabularies);
    public const string ReadAuditTrail = nameof(ReadAuditTrail);

    /// <summary>Typing a case's reference code. Only for those who see every case: for anyone else "already taken" would reveal a hidden case.</summary>
    public const string ChooseCaseReferences = nameof(ChooseCaseReferences);

    public static IReadOnlyDictionary<string, string[]> RolesByCapability { get; } = new Dictionary<string, string[]>
    {
        [ReadCases] = [Roles.Admin, Roles.Caseworker, Roles.Researcher],
        [EditCases] = [Roles.Admin, Roles.Caseworker],
        [RestoreRecords] = [Roles.Admin],
        [ManageUsers] = [Roles.Admin],
        [ManageVocabularies] = [Roles.Admin],
        [ReadAuditTrail] = [Roles.Admin],
        [ChooseCaseReferences] = [Roles.Admin],
    };

    public static AuthorizationBuilder AddCaseTrackerPolicies(this AuthorizationBuilder builder)
    {
        // Secure by default: any endpoint that does not say otherwise requires a signed-in user.
        builder.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var (capability, roles) in RolesByCapability)
        {
            builder.AddPolicy(capability, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }

        return builder;
    }
}
