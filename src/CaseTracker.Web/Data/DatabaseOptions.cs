namespace CaseTracker.Web.Data;

/// <summary>Settings under <c>Database</c> in configuration.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>
    /// Apply pending migrations when the app starts. Always on in Development; elsewhere off unless set,
    /// so a production schema changes only when someone says so (or runs <c>CaseTracker.Web migrate</c>).
    /// </summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Longest wait between two attempts to reach a database that is down at start-up.</summary>
    public int MaxRetryDelaySeconds { get; set; } = 30;
}
