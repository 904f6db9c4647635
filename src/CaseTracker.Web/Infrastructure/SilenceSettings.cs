using CaseTracker.Domain.Complaints;
using Microsoft.Extensions.Options;

namespace CaseTracker.Web.Infrastructure;

/// <summary>Configuration section "Complaints": how recent the last known silence must be for it to be counted on to today.</summary>
public sealed class ComplaintOptions
{
    public const string Section = "Complaints";

    /// <summary>A silence known as of at most this many days ago is counted to today; an older one stops at its "as of" day.</summary>
    public int SilenceCountsToTodayWithinDays { get; set; } = SilenceReckoning.DefaultRecentDays;
}

/// <summary>The day's <see cref="SilenceReckoning"/>: today by the app's clock and the configured window.</summary>
public sealed class SilenceSettings(IOptions<ComplaintOptions> options, TimeProvider clock)
{
    public SilenceReckoning Today() => new(clock.Today(), Math.Max(0, options.Value.SilenceCountsToTodayWithinDays));
}
