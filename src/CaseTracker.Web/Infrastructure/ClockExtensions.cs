namespace CaseTracker.Web.Infrastructure;

public static class ClockExtensions
{
    /// <summary>Today's date (UTC): the day complaint deadlines and silences are counted to.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
