namespace CaseTracker.Web.Infrastructure;

/// <summary>Makes user text literal inside a LIKE pattern (escape character: backslash).</summary>
public static class LikePattern
{
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
