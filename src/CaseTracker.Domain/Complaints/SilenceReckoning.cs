namespace CaseTracker.Domain.Complaints;

/// <summary>
/// How a complaint's silence is counted on the day it is read. What is known is that no reply had come
/// by the "as of" day (the newest source of the case, or the day a caseworker checked); the silence is
/// counted on to <see cref="Today"/> only while that day is at most <see cref="RecentDays"/> old,
/// otherwise it stops there: no silence longer than the sources support.
/// </summary>
public readonly record struct SilenceReckoning(DateOnly Today, int RecentDays = SilenceReckoning.DefaultRecentDays)
{
    public const int DefaultRecentDays = 30;

    /// <summary>The day the silence is counted to: today when <paramref name="knownAsOf"/> is recent, else that day.</summary>
    public DateOnly CountedTo(DateOnly knownAsOf) =>
        knownAsOf >= Today || Today.DayNumber - knownAsOf.DayNumber <= RecentDays ? Today : knownAsOf;

    /// <summary>
    /// The latest day anyone knows the complaint was still unanswered: its (latest possible) filing day,
    /// moved forward by the newest source of its case and by a caseworker's "still no reply", never past
    /// today. ComplaintStateSql.KnownAsOf says the same in SQL.
    /// </summary>
    public DateOnly KnownAsOf(DateOnly filedLatest, DateOnly? newestSourceDay, DateOnly? confirmedOn)
    {
        var known = filedLatest;
        if (newestSourceDay is { } source && source > known)
        {
            known = source;
        }

        if (confirmedOn is { } confirmed && confirmed > known)
        {
            known = confirmed;
        }

        return known > Today ? Today : known;
    }
}
