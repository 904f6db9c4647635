namespace CaseTracker.Web.Pages.Statistics;

/// <summary>Configuration section "Statistics": when counted statistics are kept and how long a kept count is served before it is counted again.</summary>
public sealed class StatisticsOptions
{
    public const string Section = "Statistics";

    /// <summary>
    /// A count that took at least this long is kept and served to readers who see the same cases; below
    /// it (any NGO-sized database) every view is counted live. 0 keeps every count.
    /// </summary>
    public int KeepWhenCountingTakesMilliseconds { get; set; } = 1000;

    /// <summary>A kept count older than this, or from an earlier day, is still shown (with its age) while it is counted again in the background.</summary>
    public int RecountAfterMinutes { get; set; } = 15;

    public TimeSpan RecountAfter => TimeSpan.FromMinutes(RecountAfterMinutes);
}
