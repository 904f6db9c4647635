using System.Globalization;

namespace CaseTracker.Domain.Dates;

/// <summary>
/// A date as people know it: "10 June 2019", "June 2019", "c. 2017", "2017-2018", "29-30 May 2020".
/// Stored as the earliest and latest possible day, the precision of its ends and whether it is
/// approximate. A range is the earliest day of its start to the latest day of its end.
/// </summary>
public sealed record PartialDate : IComparable<PartialDate>
{
    private PartialDate(DateOnly earliest, DateOnly latest, DatePrecision precision, bool approximate)
    {
        Earliest = earliest;
        Latest = latest;
        Precision = precision;
        Approximate = approximate;
    }

    public DateOnly Earliest { get; }

    public DateOnly Latest { get; }

    public DatePrecision Precision { get; }

    public bool Approximate { get; }

    /// <summary>True when the date spans more than one unit of its precision (two days, two months...).</summary>
    public bool IsRange => Earliest != StartOfUnit(Latest, Precision);

    public static PartialDate Day(int year, int month, int day, bool approximate = false) =>
        Create(DatePart.Full(year, month, day), DatePart.Full(year, month, day), approximate);

    public static PartialDate Month(int year, int month, bool approximate = false) =>
        Create(DatePart.Full(year, month, null), DatePart.Full(year, month, null), approximate);

    public static PartialDate Year(int year, bool approximate = false) =>
        Create(DatePart.Full(year, null, null), DatePart.Full(year, null, null), approximate);

    public static PartialDate Between(PartialDate start, PartialDate end)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(end);
        var precision = (DatePrecision)Math.Max((int)start.Precision, (int)end.Precision);
        var earliest = StartOfUnit(start.Earliest, precision);
        var latest = EndOfUnit(end.Latest, precision);
        if (latest < earliest)
        {
            throw new PartialDateException(PartialDateError.EndBeforeStart);
        }

        return new PartialDate(earliest, latest, precision, start.Approximate || end.Approximate);
    }

    /// <summary>Rebuilds a stored value, checking that its parts agree with each other.</summary>
    public static PartialDate FromStorage(DateOnly earliest, DateOnly latest, DatePrecision precision, bool approximate)
    {
        if (latest < earliest || earliest != StartOfUnit(earliest, precision) || latest != EndOfUnit(latest, precision))
        {
            throw new PartialDateException(PartialDateError.Inconsistent);
        }

        return new PartialDate(earliest, latest, precision, approximate);
    }

    /// <summary>Reads what a person typed; see <see cref="PartialDateParser"/> for the forms understood.</summary>
    public static PartialDate Parse(string text) => PartialDateParser.Parse(text);

    public static bool TryParse(string? text, out PartialDate? date, out PartialDateError error) =>
        PartialDateParser.TryParse(text, out date, out error);

    internal static PartialDate Create(DatePart start, DatePart end, bool approximate)
    {
        var startDate = start.ToPartialDate(approximate);
        var endDate = end.ToPartialDate(approximate);
        return start == end ? startDate : Between(startDate, endDate);
    }

    /// <summary>
    /// One day, exactly known: day precision, not a span of days, not "about". Only between two such dates
    /// is a count of days a fact; anything else would claim a precision nobody has.
    /// </summary>
    public bool IsExactDay => Precision == DatePrecision.Day && Earliest == Latest && !Approximate;

    /// <summary>
    /// The date may fall in the period from <paramref name="from"/> to <paramref name="to"/> (either open
    /// when null): some day it could be is inside. A search "from 2019" finds "2018-2020".
    /// </summary>
    public bool MayFallWithin(DateOnly? from, DateOnly? to) => (from is null || Latest >= from) && (to is null || Earliest <= to);

    /// <summary>Days from this date to <paramref name="later"/> when both are exact days (<see cref="IsExactDay"/>); otherwise null.</summary>
    public int? ExactDaysUntil(PartialDate later)
    {
        ArgumentNullException.ThrowIfNull(later);
        return IsExactDay && later.IsExactDay ? later.Earliest.DayNumber - Earliest.DayNumber : null;
    }

    /// <summary>Earliest day first; at the same day the more exact date first; then the shorter span.</summary>
    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byEarliest = Earliest.CompareTo(other.Earliest);
        if (byEarliest != 0)
        {
            return byEarliest;
        }

        var byPrecision = Precision.CompareTo(other.Precision);
        if (byPrecision != 0)
        {
            return byPrecision;
        }

        var byLatest = Latest.CompareTo(other.Latest);
        return byLatest != 0 ? byLatest : Approximate.CompareTo(other.Approximate);
    }

    /// <summary>ISO 8601-2 / EDTF: 2019-06-10, 2020-09, 2017, 2017/2018, 2017~.</summary>
    public string ToEdtf()
    {
        var start = EdtfUnit(Earliest);
        if (!IsRange)
        {
            return start + (Approximate ? "~" : "");
        }

        var end = EdtfUnit(Latest);
        return Approximate ? $"{start}~/{end}~" : $"{start}/{end}";
    }

    /// <summary>As a person writes it, in English: 10 June 2019, 29-30 May 2020, c. 2017.</summary>
    public override string ToString() => PartialDateFormatter.Format(this, CultureInfo.InvariantCulture, "c. ");

    public string ToString(CultureInfo culture, string approximatePrefix) =>
        PartialDateFormatter.Format(this, culture, approximatePrefix);

    public static bool operator <(PartialDate? left, PartialDate? right) => Compare(left, right) < 0;

    public static bool operator >(PartialDate? left, PartialDate? right) => Compare(left, right) > 0;

    public static bool operator <=(PartialDate? left, PartialDate? right) => Compare(left, right) <= 0;

    public static bool operator >=(PartialDate? left, PartialDate? right) => Compare(left, right) >= 0;

    private static int Compare(PartialDate? left, PartialDate? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private string EdtfUnit(DateOnly day) => Precision switch
    {
        DatePrecision.Day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => day.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    internal static DateOnly StartOfUnit(DateOnly day, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => day,
        DatePrecision.Month => new DateOnly(day.Year, day.Month, 1),
        _ => new DateOnly(day.Year, 1, 1),
    };

    internal static DateOnly EndOfUnit(DateOnly day, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => day,
        DatePrecision.Month => new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)),
        _ => new DateOnly(day.Year, 12, 31),
    };
}
