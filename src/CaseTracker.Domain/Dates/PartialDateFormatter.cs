using System.Globalization;

namespace CaseTracker.Domain.Dates;

/// <summary>Writes a partial date as a person would, sharing what both ends of a range have in common.</summary>
internal static class PartialDateFormatter
{
    public static string Format(PartialDate date, CultureInfo culture, string approximatePrefix)
    {
        var text = date.IsRange ? Range(date, culture) : Unit(date.Earliest, date.Precision, culture);
        return date.Approximate ? approximatePrefix + text : text;
    }

    private static string Range(PartialDate date, CultureInfo culture)
    {
        var start = date.Earliest;
        var end = PartialDate.StartOfUnit(date.Latest, date.Precision);
        var sameYear = start.Year == end.Year;
        return date.Precision switch
        {
            DatePrecision.Day when sameYear && start.Month == end.Month => $"{start.Day}-{Unit(end, DatePrecision.Day, culture)}",
            DatePrecision.Day when sameYear => $"{start.Day} {GenitiveMonth(start, culture)}-{Unit(end, DatePrecision.Day, culture)}",
            DatePrecision.Month when sameYear => $"{MonthName(start, culture)}-{Unit(end, DatePrecision.Month, culture)}",
            _ => $"{Unit(start, date.Precision, culture)}-{Unit(end, date.Precision, culture)}",
        };
    }

    private static string Unit(DateOnly day, DatePrecision precision, CultureInfo culture) => precision switch
    {
        DatePrecision.Day => $"{day.Day} {GenitiveMonth(day, culture)} {Year(day)}",
        DatePrecision.Month => $"{MonthName(day, culture)} {Year(day)}",
        _ => Year(day),
    };

    private static string Year(DateOnly day) => day.Year.ToString(CultureInfo.InvariantCulture);

    private static string MonthName(DateOnly day, CultureInfo culture) => culture.DateTimeFormat.MonthNames[day.Month - 1];

    // "10 июня" in Russian, "10 June" in English: the month after a day takes the genitive where the language has one.
    private static string GenitiveMonth(DateOnly day, CultureInfo culture) => culture.DateTimeFormat.MonthGenitiveNames[day.Month - 1];
}
