namespace CaseTracker.Web.Pages.Statistics;

/// <summary>
/// Statistics counted once and kept, for a database where counting them takes too long for a page
/// (ADR 17, update of issue 17). <see cref="Key"/> names what was counted: exactly which restricted cases
/// exist and which of them the reader saw, and the filter, so a snapshot is only ever served to a reader
/// who sees the same cases. the reader columns let a recount run later without the reader.
/// </summary>
public sealed class StatisticsSnapshot
{
    public required string Key { get; init; }

    public bool ReaderAdmin { get; init; }

    public bool ReaderCaseworker { get; init; }

    public Guid ReaderUserId { get; init; }

    public string? Country { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public DateOnly CountedOn { get; init; }

    public DateTimeOffset ComputedAt { get; init; }

    public int TookMilliseconds { get; init; }

    /// <summary>The <see cref="StatisticsFigures"/> as JSON; labels are looked up again when read, in the reader's language.</summary>
    public required string Figures { get; init; }

    /// <summary>Counted for an earlier day (complaints' states change with the day) or longer ago than the recount interval.</summary>
    public bool IsStale(DateOnly today, DateTimeOffset now, TimeSpan recountAfter) => Stale(CountedOn, ComputedAt, today, now, recountAfter);

    /// <inheritdoc cref="IsStale"/>
    public static bool Stale(DateOnly countedOn, DateTimeOffset computedAt, DateOnly today, DateTimeOffset now, TimeSpan recountAfter) =>
        countedOn != today || now - computedAt > recountAfter;
}
