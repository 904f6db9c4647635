using System.Globalization;

namespace CaseTracker.Domain.Dates;

/// <summary>A part of the day a report names, when it gives no clock time.</summary>
public enum DayPart
{
    None = 0,
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// <summary>
/// The time of day a source gives for an event: a clock time ("about 10 pm") or a part of the day ("the
/// night of 12 March"). Shown with the date and used to order entries of the same day. Stored as one short
/// invariant text: "22:00", "~22:00" (about), "night".
/// </summary>
public readonly record struct DayTime(TimeOnly? Clock, DayPart Part, bool Approximate)
{
    public static DayTime At(int hour, int minute, bool approximate = false) => new(new TimeOnly(hour, minute), DayPart.None, approximate);

    public static DayTime During(DayPart part) => new(null, part, false);

    /// <summary>Minutes after midnight used to order entries of one day; a part of the day counts at a typical hour of it.</summary>
    public int SortMinute => Clock is { } clock
        ? (clock.Hour * 60) + clock.Minute
        : Part switch
        {
            DayPart.Morning => 9 * 60,
            DayPart.Afternoon => 15 * 60,
            DayPart.Evening => 19 * 60,
            _ => (23 * 60) + 30,
        };

    public string ToStorage() => Clock is { } clock
        ? (Approximate ? "~" : "") + clock.ToString("HH:mm", CultureInfo.InvariantCulture)
        : Part.ToString().ToLowerInvariant();

    public static DayTime FromStorage(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var approximate = stored.StartsWith('~');
        var text = approximate ? stored[1..] : stored;
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            return new DayTime(clock, DayPart.None, approximate);
        }

        return Enum.TryParse<DayPart>(text, ignoreCase: true, out var part) && part != DayPart.None
            ? During(part)
            : throw new PartialDateException(PartialDateError.Inconsistent);
    }
}
