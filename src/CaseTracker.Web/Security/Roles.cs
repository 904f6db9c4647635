namespace CaseTracker.Web.Security;

/// <summary>The three roles. Pages never check these directly: they ask for a capability in <see cref="Policies"/>.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Caseworker = "Caseworker";
    public const string Researcher = "Researcher";

    public static IReadOnlyList<string> All { get; } = [Admin, Caseworker, Researcher];

    public static string Label(Microsoft.Extensions.Localization.IStringLocalizer localizer, string role) => role switch
    {
        Admin => localizer["Admin"],
        Caseworker => localizer["Caseworker"],
        Researcher => localizer["Researcher"],
        _ => role,
    };
}
