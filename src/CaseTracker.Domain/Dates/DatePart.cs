namespace CaseTracker.Domain.Dates;

/// <summary>One end of a typed date before it is checked: any of day, month and year may be missing.</summary>
internal readonly record struct DatePart(int? Year, int? Month, int? Day)
{
    public const int MinYear = 1000;
    public const int MaxYear = 9999;

    public static DatePart Full(int year, int? month, int? day) => new(year, month, day);

    /// <summary>Fills what this end lacks from the other end: "29" in "29-30 May 2020" takes May 2020.</summary>
    public DatePart CompletedFrom(DatePart other) => Year is not null
        ? this
        : Month is not null
            ? this with { Year = other.Year }
            : this with { Year = other.Year, Month = other.Month };

    public PartialDate ToPartialDate(bool approximate)
    {
        if (Year is not { } year)
        {
            throw new PartialDateException(PartialDateError.Unreadable);
        }

        if (year is < MinYear or > MaxYear)
        {
            throw new PartialDateException(PartialDateError.YearOutOfRange);
        }

        if (Month is not { } month)
        {
            return PartialDateOf(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, approximate);
        }

        if (month is < 1 or > 12)
        {
            throw new PartialDateException(PartialDateError.NoSuchMonth);
        }

        if (Day is not { } day)
        {
            return PartialDateOf(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month, approximate);
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new PartialDateException(PartialDateError.NoSuchDay);
        }

        var date = new DateOnly(year, month, day);
        return PartialDateOf(date, date, DatePrecision.Day, approximate);
    }

    private static PartialDate PartialDateOf(DateOnly earliest, DateOnly latest, DatePrecision precision, bool approximate) =>
        PartialDate.FromStorage(earliest, latest, precision, approximate);
}
