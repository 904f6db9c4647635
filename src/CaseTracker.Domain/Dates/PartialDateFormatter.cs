using System.Globalization;

namespace CaseTracker.Domain.Dates;

/// <summary>Writes a partial date as a person would, in English or Russian (<see cref="DateWords"/>), sharing what both ends of a range have in common.</summary>
internal static class PartialDateFormatter
{
    public static string Format(PartialDate date, CultureInfo culture)
    {
        // Shown as written, with the days it stands for: "a week later (c. 20 March 2021)".
        if (date.Relative is not null)
        {
            return $"{date.Text} ({Format(date with { After = null }, culture)})";
        }

        var words = DateWords.For(culture);
        string text;
        if (date.Openness != DateOpenness.Closed)
        {
            // The unit the source named: "after 2012" starts on 1 January 2013, "before 9 October" ends on the 8th.
            var named = date.Openness switch
            {
                DateOpenness.Since => date.Earliest,
                DateOpenness.After => date.Earliest.AddDays(-1),
                DateOpenness.Before => date.Latest.AddDays(1),
                _ => date.Latest,
            };
            text = Format(culture, words.OfOpenness(date.Openness), About(words, date, Unit(named, date.Precision, culture, words, genitive: true)));
        }
        else if (date.Part != DatePeriodPart.None)
        {
            var unit = date.Precision == DatePrecision.Month ? date.Earliest : new DateOnly(date.Latest.Year, 1, 1);
            var named = date.Precision == DatePrecision.Month
                ? Unit(unit, DatePrecision.Month, culture, words, genitive: true)
                : Format(culture, words.YearOfPart, Year(unit));
            text = About(words, date, Format(culture, words.OfPart(date.Part), named));
        }
        else
        {
            text = About(words, date, date.IsRange ? Range(date, culture, words) : Unit(date.Earliest, date.Precision, culture, words, genitive: false));
        }

        if (date.Time is { } time)
        {
            text = time.Clock is { } clock
                ? Format(culture, time.Approximate ? words.AboutClock : words.AtClock, text, clock.ToString("HH:mm", CultureInfo.InvariantCulture))
                : Format(culture, words.OfDayPart(time.Part), text);
        }

        return date.Uncertain ? text + "?" : text;
    }

    private static string About(DateWords words, PartialDate date, string text) => date.Approximate ? string.Format(CultureInfo.InvariantCulture, words.About, text) : text;

    private static string Format(CultureInfo culture, string template, params object[] values) => string.Format(culture, template, values);

    private static string Range(PartialDate date, CultureInfo culture, DateWords words)
    {
        var start = date.Earliest;
        var end = PartialDate.StartOfUnit(date.Latest, date.EndPrecision);
        if (date.Precision != date.EndPrecision)
        {
            // "сентябрь 2011 г.-2015 г.": a year beside a month or day carries the same "г.".
            return $"{RangeEnd(start, date.Precision, culture, words)}-{RangeEnd(end, date.EndPrecision, culture, words)}";
        }

        var sameYear = start.Year == end.Year;
        return date.Precision switch
        {
            DatePrecision.Day when sameYear && start.Month == end.Month => $"{start.Day}-{Unit(end, DatePrecision.Day, culture, words, false)}",
            DatePrecision.Day when sameYear => $"{start.Day} {GenitiveMonth(start, culture)}-{Unit(end, DatePrecision.Day, culture, words, false)}",
            DatePrecision.Month when sameYear => $"{MonthName(start, culture)}-{Unit(end, DatePrecision.Month, culture, words, false)}",
            _ => $"{Unit(start, date.Precision, culture, words, false)}-{Unit(end, date.Precision, culture, words, false)}",
        };
    }

    /// <summary>
    /// One day, month or year; <paramref name="genitive"/> after a preposition ("с марта 2021 г.", "до 2016 г.").
    /// Russian writes "г." after the year of a day or month ("10 июня 2019 г.", "июнь 2019 г."), not after a
    /// year alone ("ок. 2017").
    /// </summary>
    private static string Unit(DateOnly day, DatePrecision precision, CultureInfo culture, DateWords words, bool genitive) => precision switch
    {
        DatePrecision.Day => $"{day.Day} {GenitiveMonth(day, culture)} {Format(culture, words.YearOfDayOrMonth, Year(day))}",
        DatePrecision.Month => $"{(genitive ? GenitiveMonth(day, culture) : MonthName(day, culture))} {Format(culture, words.YearOfDayOrMonth, Year(day))}",
        _ => genitive ? Format(culture, words.YearAfterPreposition, Year(day)) : Year(day),
    };

    private static string RangeEnd(DateOnly day, DatePrecision precision, CultureInfo culture, DateWords words) =>
        precision == DatePrecision.Year ? Format(culture, words.YearOfDayOrMonth, Year(day)) : Unit(day, precision, culture, words, genitive: false);

    private static string Year(DateOnly day) => day.Year.ToString(CultureInfo.InvariantCulture);

    private static string MonthName(DateOnly day, CultureInfo culture) => culture.DateTimeFormat.MonthNames[day.Month - 1];

    // "10 июня" in Russian, "10 June" in English: the month after a day takes the genitive where the language has one.
    private static string GenitiveMonth(DateOnly day, CultureInfo culture) => culture.DateTimeFormat.MonthGenitiveNames[day.Month - 1];
}
