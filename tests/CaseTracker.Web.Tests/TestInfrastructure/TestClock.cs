namespace CaseTracker.Web.Tests.TestInfrastructure;

/// <summary>A clock a test can set. It runs with real time until a test fixes it.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset? _fixedNow;

    public override DateTimeOffset GetUtcNow() => _fixedNow ?? base.GetUtcNow();

    public void Set(DateTimeOffset now) => _fixedNow = now;

    /// <summary>Back to real time.</summary>
    public void Reset() => _fixedNow = null;

    public void SetToday(int year, int month, int day) => Set(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));
}
