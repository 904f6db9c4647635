using CaseTracker.Domain.Dates;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>
/// The year and month headings of a chronology in story order (<see cref="StoryOrder"/>), which never move
/// an entry: one placed after a later one stays where the story puts it instead of being pulled back into
/// a group of its own date. Years never go back (an entry of 2020 placed after one of 2021 stays under
/// 2021), so each year is one section with one link; a month heading is repeated when the story leaves a
/// month and comes back ("2021", about the March detention, between two runs of March). Used by the
/// timeline page, its year links and the Markdown export, so the three agree.
/// </summary>
public static class StoryHeadings
{
    /// <summary>Runs of entries under one year heading, in order.</summary>
    public static IReadOnlyList<(int Year, IReadOnlyList<TimelineEntry> Entries)> Years(IEnumerable<TimelineEntry> ordered) =>
        Runs(ordered, e => e.Date.SortDay.Year, onlyForward: true);

    /// <summary>
    /// Runs under one month heading within a year's run; 0 is "during the year", for entries known only
    /// by their year.
    /// </summary>
    public static IReadOnlyList<(int Month, IReadOnlyList<TimelineEntry> Entries)> Months(IEnumerable<TimelineEntry> year) =>
        Runs(year, e => e.Date.Precision == DatePrecision.Year ? 0 : e.Date.SortDay.Month, onlyForward: false);

    private static List<(int Key, IReadOnlyList<TimelineEntry> Entries)> Runs(IEnumerable<TimelineEntry> ordered, Func<TimelineEntry, int> key, bool onlyForward)
    {
        var runs = new List<(int Key, IReadOnlyList<TimelineEntry> Entries)>();
        List<TimelineEntry>? current = null;
        var open = int.MinValue;
        foreach (var entry in ordered)
        {
            var own = key(entry);
            if (current is null || (onlyForward ? own > open : own != open))
            {
                open = own;
                current = [];
                runs.Add((open, current));
            }

            current.Add(entry);
        }

        return runs;
    }
}
