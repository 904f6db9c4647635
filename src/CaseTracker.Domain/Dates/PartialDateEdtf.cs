using System.Globalization;

namespace CaseTracker.Domain.Dates;

/// <summary>
/// Writes a partial date in EDTF (ISO 8601-2, levels 0-2), so other tools read it without our words:
/// 2019-06-10, 2019-06, 2019, 2017~ (about), 2016? (unsure), 2016% (both), 2011-09/2015 (a range of mixed
/// precision), 2021-03-14/.. (since, ongoing), ../2021-10-08 (before 9 October), 2018-21 (spring), 2018-40
/// (first half), and a range of days for the parts EDTF has no code for ("early March 2021":
/// 2021-03-01/2021-03-10). A clock time is written only on an exact day, where EDTF allows it.
/// </summary>
internal static class PartialDateEdtf
{
    public static string Write(PartialDate date)
    {
        var q = Qualifier(date);
        if (date.Openness is DateOpenness.Since or DateOpenness.After)
        {
            return $"{Unit(date.Earliest, date.Precision)}{q}/..";
        }

        if (date.Openness != DateOpenness.Closed)
        {
            return $"../{Unit(date.Latest, date.Precision)}{q}";
        }

        if (date.Part != DatePeriodPart.None)
        {
            if (DatePeriodParts.EdtfCode(date.Part) is { } code)
            {
                return $"{Year(date.Latest)}-{code.ToString(CultureInfo.InvariantCulture)}{q}";
            }

            // Early, mid or late: a month's part as days, a year's as months.
            var precision = date.Precision == DatePrecision.Month ? DatePrecision.Day : DatePrecision.Month;
            return $"{Unit(date.Earliest, precision)}{q}/{Unit(date.Latest, precision)}{q}";
        }

        if (date.IsRange)
        {
            return $"{Unit(date.Earliest, date.Precision)}{q}/{Unit(date.Latest, date.EndPrecision)}{q}";
        }

        if (q.Length == 0 && date.Time is { Clock: { } clock, Approximate: false })
        {
            return $"{Unit(date.Earliest, DatePrecision.Day)}T{clock.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}";
        }

        return Unit(date.Earliest, date.Precision) + q;
    }

    private static string Qualifier(PartialDate date) => (date.Approximate, date.Uncertain) switch
    {
        (true, true) => "%",
        (true, false) => "~",
        (false, true) => "?",
        _ => "",
    };

    private static string Unit(DateOnly day, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Year(day),
    };

    private static string Year(DateOnly day) => day.Year.ToString("D4", CultureInfo.InvariantCulture);
}
