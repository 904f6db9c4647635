using System.Globalization;

namespace CaseTracker.Domain.Dates;

/// <summary>
/// A date as people know it: "10 June 2019", "June 2019", "c. 2017", "2016?", "2017-2018",
/// "September 2011 - 2015", "early March 2021", "spring 2018", "since 14 March 2021", "before 9 October
/// 2021", "the night of 12 March 2021". Stored as the earliest and latest possible day
/// (<see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/> for an open end, which PostgreSQL
/// keeps as -infinity and infinity), the precision of each end, the part of a period, how an open end was
/// put, the time of day, the qualifiers (about, unsure) and the text as typed.
/// </summary>
public sealed record PartialDate : IComparable<PartialDate>
{
    private PartialDate(
        DateOnly earliest, DateOnly latest, DatePrecision precision, DatePrecision endPrecision, bool approximate, bool uncertain,
        DatePeriodPart part, DateOpenness openness, DayTime? time, string? text)
    {
        Earliest = earliest;
        Latest = latest;
        Precision = precision;
        EndPrecision = endPrecision;
        Approximate = approximate;
        Uncertain = uncertain;
        Part = part;
        Openness = openness;
        Time = time;
        Text = text;
    }

    /// <summary>The earliest day it may be; <see cref="DateOnly.MinValue"/> when nothing bounds it before.</summary>
    public DateOnly Earliest { get; }

    /// <summary>The latest day it may be; <see cref="DateOnly.MaxValue"/> when it is ongoing or nothing bounds it after.</summary>
    public DateOnly Latest { get; }

    /// <summary>How exactly its start is known (its end, when only the end is known).</summary>
    public DatePrecision Precision { get; }

    /// <summary>How exactly its end is known: "September 2011 - 2015" starts at a month and ends at a year.</summary>
    public DatePrecision EndPrecision { get; }

    /// <summary>About ("c. 2016", "2016~"): the source gives it roughly.</summary>
    public bool Approximate { get; }

    /// <summary>Unsure ("2016?"): the source is not sure of it. Kept apart from <see cref="Approximate"/>.</summary>
    public bool Uncertain { get; }

    public DatePeriodPart Part { get; }

    public DateOpenness Openness { get; }

    public DayTime? Time { get; }

    /// <summary>What the caseworker typed, kept as written. Not part of equality: two ways to write one date are one date.</summary>
    public string? Text { get; }

    /// <summary>
    /// The entry of the same case this date counts from ("a week later", <see cref="Relative"/>) or, for a
    /// date typed in full, the entry it comes after in the story when the two overlap. Not part of
    /// equality; the story order (<see cref="StoryOrder"/>) reads it.
    /// </summary>
    public Guid? After { get; init; }

    /// <summary>How the date counts from <see cref="After"/>, when its text is relative ("the next day"); null otherwise.</summary>
    public RelativeDate? Relative => After is not null && RelativeDate.TryParse(Text, out var relative) ? relative : null;

    /// <summary>What the form shows to edit: the text as typed, or the date as written when none was kept.</summary>
    public string AsTyped => Text ?? ToString();

    public bool OpenStart => Earliest == DateOnly.MinValue;

    public bool OpenEnd => Latest == DateOnly.MaxValue;

    /// <summary>The earliest day, or null when its start is open (for JSON, CSV and the API).</summary>
    public DateOnly? KnownEarliest => OpenStart ? null : Earliest;

    /// <summary>The latest day, or null when its end is open (ongoing, or only "after").</summary>
    public DateOnly? KnownLatest => OpenEnd ? null : Latest;

    /// <summary>True when the date spans more than one unit of its precision (two days, two months...) between two known ends.</summary>
    public bool IsRange => Openness == DateOpenness.Closed && Part == DatePeriodPart.None
        && (Precision != EndPrecision || Earliest != StartOfUnit(Latest, EndPrecision));

    /// <summary>The day it is placed at in a chronology: its earliest day, or its latest when only the end is known.</summary>
    public DateOnly SortDay => OpenStart ? Latest : Earliest;

    public static PartialDate Day(int year, int month, int day, bool approximate = false) =>
        DatePart.Full(year, month, day).ToPartialDate(approximate);

    public static PartialDate Month(int year, int month, bool approximate = false) =>
        DatePart.Full(year, month, null).ToPartialDate(approximate);

    public static PartialDate Year(int year, bool approximate = false) =>
        DatePart.Full(year, null, null).ToPartialDate(approximate);

    /// <summary>From the start of <paramref name="start"/> to the end of <paramref name="end"/>, each end at its own precision.</summary>
    public static PartialDate Between(PartialDate start, PartialDate end)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(end);
        if (end.Latest < start.Earliest)
        {
            throw new PartialDateException(PartialDateError.EndBeforeStart);
        }

        return new PartialDate(start.Earliest, end.Latest, start.Precision, end.EndPrecision, start.Approximate || end.Approximate,
            start.Uncertain || end.Uncertain, DatePeriodPart.None, DateOpenness.Closed, null, null);
    }

    /// <summary>"since", "after", "until", "before" or "by" a single date.</summary>
    public static PartialDate Open(DateOpenness openness, PartialDate unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.IsRange || unit.Openness != DateOpenness.Closed || unit.Part != DatePeriodPart.None)
        {
            throw new PartialDateException(PartialDateError.Unreadable);
        }

        var (earliest, latest) = openness switch
        {
            DateOpenness.Since => (unit.Earliest, DateOnly.MaxValue),
            DateOpenness.After => (unit.Latest.AddDays(1), DateOnly.MaxValue),
            DateOpenness.Until or DateOpenness.By => (DateOnly.MinValue, unit.Latest),
            DateOpenness.Before => (DateOnly.MinValue, unit.Earliest.AddDays(-1)),
            _ => (unit.Earliest, unit.Latest),
        };
        return new PartialDate(earliest, latest, unit.Precision, unit.Precision, unit.Approximate, unit.Uncertain, DatePeriodPart.None, openness, null, null);
    }

    /// <summary>Part of a month ("early March 2021") or of a year ("spring 2018", "first half of 2018").</summary>
    public static PartialDate PartOf(DatePeriodPart part, PartialDate unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var fits = unit.Precision == DatePrecision.Month ? DatePeriodParts.FitsMonth(part) : unit.Precision == DatePrecision.Year && part != DatePeriodPart.None;
        if (!fits || unit.IsRange || unit.Openness != DateOpenness.Closed || unit.Part != DatePeriodPart.None)
        {
            throw new PartialDateException(PartialDateError.Unreadable);
        }

        var (first, last) = DatePeriodParts.Bounds(unit.Earliest, unit.Precision, part);
        return new PartialDate(first, last, unit.Precision, unit.Precision, unit.Approximate, unit.Uncertain, part, DateOpenness.Closed, null, null);
    }

    /// <summary>Days derived from another entry's date (<see cref="RelativeDate.From"/>): day precision at both ends.</summary>
    internal static PartialDate Derived(DateOnly earliest, DateOnly latest, DateOpenness openness, bool approximate, bool uncertain, DayTime? time) =>
        new(earliest, latest, DatePrecision.Day, DatePrecision.Day, approximate, uncertain, DatePeriodPart.None, openness, time, null);

    /// <summary>This single day at a time of day.</summary>
    public PartialDate At(DayTime time)
    {
        if (Precision != DatePrecision.Day || IsRange || Openness != DateOpenness.Closed)
        {
            throw new PartialDateException(PartialDateError.TimeWithoutDay);
        }

        return new PartialDate(Earliest, Latest, Precision, EndPrecision, Approximate, Uncertain, Part, Openness, time, Text) { After = After };
    }

    public PartialDate Qualified(bool approximate, bool uncertain) =>
        new(Earliest, Latest, Precision, EndPrecision, Approximate || approximate, Uncertain || uncertain, Part, Openness, Time, Text) { After = After };

    /// <summary>The same date, remembering how it was typed.</summary>
    public PartialDate TypedAs(string? text) =>
        new(Earliest, Latest, Precision, EndPrecision, Approximate, Uncertain, Part, Openness, Time, string.IsNullOrWhiteSpace(text) ? null : text.Trim()) { After = After };

    /// <summary>
    /// This date again, its days derived anew from its entry's date <paramref name="anchor"/> when it is
    /// relative; unchanged otherwise. Called whenever the entry it counts from changes.
    /// </summary>
    public PartialDate RecountFrom(PartialDate anchor) =>
        Relative is { } relative ? relative.From(anchor).TypedAs(Text) with { After = After } : this;

    /// <summary>Rebuilds a stored value, checking that its parts agree with each other.</summary>
    public static PartialDate FromStorage(DateOnly earliest, DateOnly latest, DatePrecision precision, bool approximate) =>
        FromStorage(earliest, latest, precision, precision, approximate, false, DatePeriodPart.None, DateOpenness.Closed, null, null);

    /// <summary>Rebuilds a stored value, checking that its parts agree with each other.</summary>
    public static PartialDate FromStorage(
        DateOnly earliest, DateOnly latest, DatePrecision precision, DatePrecision endPrecision, bool approximate, bool uncertain,
        DatePeriodPart part, DateOpenness openness, DayTime? time, string? text, Guid? after = null)
    {
        var date = new PartialDate(earliest, latest, precision, endPrecision, approximate, uncertain, part, openness, time, text) { After = after };
        if (!date.IsConsistent())
        {
            throw new PartialDateException(PartialDateError.Inconsistent);
        }

        return date;
    }

    /// <summary>Reads what a person typed; see <see cref="PartialDateParser"/> for the forms understood.</summary>
    public static PartialDate Parse(string text) => PartialDateParser.Parse(text);

    public static bool TryParse(string? text, out PartialDate? date, out PartialDateError error) =>
        PartialDateParser.TryParse(text, out date, out error);

    /// <summary>As <see cref="TryParse(string?, out PartialDate?, out PartialDateError)"/>, refusing a date that begins after <paramref name="today"/>.</summary>
    public static bool TryParse(string? text, DateOnly today, out PartialDate? date, out PartialDateError error)
    {
        if (!PartialDateParser.TryParse(text, out date, out error))
        {
            return false;
        }

        if (date!.SortDay > today)
        {
            date = null;
            error = PartialDateError.AfterToday;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reads a date typed in a form that also names the entry of the case it counts from or comes after
    /// (<paramref name="afterId"/>, whose date is <paramref name="afterDate"/>): "a week later" is counted
    /// from that entry; a date typed in full is kept as typed and must not end before that entry begins.
    /// Without an entry a relative date is refused (<see cref="PartialDateError.NeedsEntry"/>).
    /// </summary>
    public static bool TryParse(string? text, DateOnly today, Guid? afterId, PartialDate? afterDate, out PartialDate? date, out PartialDateError error)
    {
        if (RelativeDate.TryParse(text, out var relative))
        {
            if (afterId is not { } anchorId || afterDate is null)
            {
                (date, error) = (null, PartialDateError.NeedsEntry);
                return false;
            }

            var derived = relative.From(afterDate).TypedAs(text) with { After = anchorId };
            (date, error) = derived.SortDay > today ? (null, PartialDateError.AfterToday) : (derived, PartialDateError.None);
            return date is not null;
        }

        if (!TryParse(text, today, out date, out error))
        {
            return false;
        }

        if (afterId is { } entryId && afterDate is not null)
        {
            if (date!.Latest < afterDate.Earliest)
            {
                (date, error) = (null, PartialDateError.BeforeEntry);
                return false;
            }

            date = date with { After = entryId };
        }

        return true;
    }

    /// <summary>A date typed relative to <paramref name="entry"/> ("a week later"), or in full and said to come after it; throws when it cannot be read.</summary>
    public static PartialDate ParseAfter(string text, IDatedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return TryParse(text, DateOnly.MaxValue, entry.Id, entry.StoryDate, out var date, out var error) ? date! : throw new PartialDateException(error);
    }

    /// <summary>
    /// One day, exactly known: day precision, not a span of days, not "about" or "unsure", no open end. Only
    /// between two such dates is a count of days a fact; anything else would claim a precision nobody has.
    /// A time of day, even "about", does not make the day less exact.
    /// </summary>
    public bool IsExactDay => Precision == DatePrecision.Day && EndPrecision == DatePrecision.Day && Earliest == Latest && !Approximate && !Uncertain;

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

    /// <summary>
    /// Its day in a chronology first (<see cref="SortDay"/>); at the same day the more exact date first; then
    /// the shorter span; then by time of day (none first); exact before "about", sure before "unsure".
    /// </summary>
    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = SortDay.CompareTo(other.SortDay);
        if (order == 0)
        {
            order = Precision.CompareTo(other.Precision);
        }

        if (order == 0)
        {
            order = Latest.CompareTo(other.Latest);
        }

        if (order == 0)
        {
            order = (Time?.SortMinute ?? -1).CompareTo(other.Time?.SortMinute ?? -1);
        }

        if (order == 0)
        {
            order = Approximate.CompareTo(other.Approximate);
        }

        return order != 0 ? order : Uncertain.CompareTo(other.Uncertain);
    }

    public bool Equals(PartialDate? other) =>
        other is not null && Earliest == other.Earliest && Latest == other.Latest && Precision == other.Precision && EndPrecision == other.EndPrecision
        && Approximate == other.Approximate && Uncertain == other.Uncertain && Part == other.Part && Openness == other.Openness && Time == other.Time;

    public override int GetHashCode() => HashCode.Combine(Earliest, Latest, Precision, EndPrecision, Approximate, Uncertain, Part, HashCode.Combine(Openness, Time));

    /// <summary>ISO 8601-2 / EDTF: 2019-06-10, 2020-09, 2017~, 2016?, 2011-09/2015, 2018-21, 2021-03-14/.., ../2021-10-08.</summary>
    public string ToEdtf() => PartialDateEdtf.Write(this);

    /// <summary>As a person writes it, in English: 10 June 2019, 29-30 May 2020, c. 2017, since 14 March 2021.</summary>
    public override string ToString() => PartialDateFormatter.Format(this, CultureInfo.InvariantCulture);

    /// <summary>As a person writes it in <paramref name="culture"/>'s language (English or Russian).</summary>
    public string ToString(CultureInfo culture) => PartialDateFormatter.Format(this, culture);

    public static bool operator <(PartialDate? left, PartialDate? right) => Compare(left, right) < 0;

    public static bool operator >(PartialDate? left, PartialDate? right) => Compare(left, right) > 0;

    public static bool operator <=(PartialDate? left, PartialDate? right) => Compare(left, right) <= 0;

    public static bool operator >=(PartialDate? left, PartialDate? right) => Compare(left, right) >= 0;

    private static int Compare(PartialDate? left, PartialDate? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private bool IsConsistent()
    {
        if (Latest < Earliest || (Time is not null && !(Precision == DatePrecision.Day && Earliest == Latest && Openness == DateOpenness.Closed)))
        {
            return false;
        }

        if (Part != DatePeriodPart.None)
        {
            var unitStart = Precision == DatePrecision.Month ? StartOfUnit(Earliest, Precision) : new DateOnly(Latest.Year, 1, 1);
            return Openness == DateOpenness.Closed && Precision == EndPrecision && Precision != DatePrecision.Day
                && (Precision == DatePrecision.Year || DatePeriodParts.FitsMonth(Part))
                && DatePeriodParts.Bounds(unitStart, Precision, Part) == (Earliest, Latest);
        }

        return Openness switch
        {
            DateOpenness.Closed => !OpenStart && !OpenEnd && Earliest == StartOfUnit(Earliest, Precision) && Latest == EndOfUnit(Latest, EndPrecision),
            DateOpenness.Since => OpenEnd && !OpenStart && Earliest == StartOfUnit(Earliest, Precision),
            DateOpenness.After => OpenEnd && !OpenStart && EndOfUnit(Earliest.AddDays(-1), Precision) == Earliest.AddDays(-1),
            DateOpenness.Until or DateOpenness.By => OpenStart && !OpenEnd && Latest == EndOfUnit(Latest, Precision),
            _ => OpenStart && !OpenEnd && StartOfUnit(Latest.AddDays(1), Precision) == Latest.AddDays(1),
        };
    }

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
