namespace CaseTracker.Web.Data.Configurations;

/// <summary>Columns that exist for search only, mapped as shadow properties so the domain stays free of them.</summary>
public static class SearchColumns
{
    public const string PersonNameKey = "NameKey";
}
