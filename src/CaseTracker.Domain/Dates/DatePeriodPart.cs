namespace CaseTracker.Domain.Dates;

/// <summary>
/// A part of a month or a year as reports write it: "early March 2021", "first half of 2018", "spring
/// 2018", "the end of 2019" (late). Each is a span of days inside its unit (<see cref="DatePeriodParts"/>).
/// </summary>
public enum DatePeriodPart
{
    None = 0,
    Early,
    Mid,
    Late,
    FirstHalf,
    SecondHalf,
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// <summary>The days each part covers: the one place that says what "early" or "spring" means.</summary>
public static class DatePeriodParts
{
    /// <summary>The parts a month can have.</summary>
    public static bool FitsMonth(DatePeriodPart part) => part is DatePeriodPart.Early or DatePeriodPart.Mid or DatePeriodPart.Late;

    /// <summary>
    /// The first and last day of <paramref name="part"/> of the month or year starting on
    /// <paramref name="unitStart"/>. A month is split into days 1-10, 11-20 and 21 to its end; a year into
    /// thirds (January-April, May-August, September-December), halves and the northern seasons (spring
    /// March-May, summer June-August, autumn September-November, winter December of the year before to
    /// February), as EDTF reads seasons.
    /// </summary>
    public static (DateOnly First, DateOnly Last) Bounds(DateOnly unitStart, DatePrecision precision, DatePeriodPart part)
    {
        if (precision == DatePrecision.Month)
        {
            var end = unitStart.AddMonths(1).AddDays(-1);
            return part switch
            {
                DatePeriodPart.Early => (unitStart, unitStart.AddDays(9)),
                DatePeriodPart.Mid => (unitStart.AddDays(10), unitStart.AddDays(19)),
                DatePeriodPart.Late => (unitStart.AddDays(20), end),
                _ => throw new PartialDateException(PartialDateError.Unreadable),
            };
        }

        var year = unitStart.Year;
        return part switch
        {
            DatePeriodPart.Early => (new DateOnly(year, 1, 1), new DateOnly(year, 4, 30)),
            DatePeriodPart.Mid => (new DateOnly(year, 5, 1), new DateOnly(year, 8, 31)),
            DatePeriodPart.Late => (new DateOnly(year, 9, 1), new DateOnly(year, 12, 31)),
            DatePeriodPart.FirstHalf => (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)),
            DatePeriodPart.SecondHalf => (new DateOnly(year, 7, 1), new DateOnly(year, 12, 31)),
            DatePeriodPart.Spring => (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31)),
            DatePeriodPart.Summer => (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31)),
            DatePeriodPart.Autumn => (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30)),
            DatePeriodPart.Winter => (new DateOnly(year - 1, 12, 1), new DateOnly(year, 2, DateTime.DaysInMonth(year, 2))),
            _ => throw new PartialDateException(PartialDateError.Unreadable),
        };
    }

    /// <summary>The EDTF season code (level 1: 21-24; level 2: 40-41 for the halves), or null where EDTF has none.</summary>
    public static int? EdtfCode(DatePeriodPart part) => part switch
    {
        DatePeriodPart.Spring => 21,
        DatePeriodPart.Summer => 22,
        DatePeriodPart.Autumn => 23,
        DatePeriodPart.Winter => 24,
        DatePeriodPart.FirstHalf => 40,
        DatePeriodPart.SecondHalf => 41,
        _ => null,
    };
}
