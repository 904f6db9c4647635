using System.Globalization;

namespace CaseTracker.Domain.Dates;

/// <summary>
/// The words a date is written with, in English and Russian: the same forms the parser reads, so what a
/// caseworker typed is shown back in the reader's language (ADR 22). Month names come from the culture;
/// Russian puts the month in the genitive after a day and after a preposition ("с 14 марта", "до мая").
/// </summary>
internal sealed record DateWords(
    string About,
    string Since,
    string After,
    string Until,
    string Before,
    string By,
    string Early,
    string Mid,
    string Late,
    string FirstHalf,
    string SecondHalf,
    string Spring,
    string Summer,
    string Autumn,
    string Winter,
    string AtClock,
    string AboutClock,
    string Morning,
    string Afternoon,
    string Evening,
    string Night,
    string YearAfterPreposition,
    string YearOfPart,
    string YearOfDayOrMonth)
{
    public static readonly DateWords English = new(
        About: "c. {0}", Since: "since {0}", After: "after {0}", Until: "until {0}", Before: "before {0}", By: "by {0}",
        Early: "early {0}", Mid: "mid-{0}", Late: "late {0}", FirstHalf: "first half of {0}", SecondHalf: "second half of {0}",
        Spring: "spring {0}", Summer: "summer {0}", Autumn: "autumn {0}", Winter: "winter {0}",
        AtClock: "{1} on {0}", AboutClock: "about {1} on {0}",
        Morning: "the morning of {0}", Afternoon: "the afternoon of {0}", Evening: "the evening of {0}", Night: "the night of {0}",
        YearAfterPreposition: "{0}", YearOfPart: "{0}", YearOfDayOrMonth: "{0}");

    public static readonly DateWords Russian = new(
        About: "ок. {0}", Since: "с {0}", After: "после {0}", Until: "до {0}", Before: "ранее {0}", By: "не позднее {0}",
        Early: "начало {0}", Mid: "середина {0}", Late: "конец {0}", FirstHalf: "первая половина {0}", SecondHalf: "вторая половина {0}",
        Spring: "весна {0}", Summer: "лето {0}", Autumn: "осень {0}", Winter: "зима {0}",
        AtClock: "{0}, {1}", AboutClock: "{0}, около {1}",
        Morning: "{0}, утром", Afternoon: "{0}, днём", Evening: "{0}, вечером", Night: "{0}, ночью",
        YearAfterPreposition: "{0} г.", YearOfPart: "{0} г.", YearOfDayOrMonth: "{0} г.");

    public static DateWords For(CultureInfo culture) => culture.TwoLetterISOLanguageName == "ru" ? Russian : English;

    public string OfPart(DatePeriodPart part) => part switch
    {
        DatePeriodPart.Early => Early,
        DatePeriodPart.Mid => Mid,
        DatePeriodPart.Late => Late,
        DatePeriodPart.FirstHalf => FirstHalf,
        DatePeriodPart.SecondHalf => SecondHalf,
        DatePeriodPart.Spring => Spring,
        DatePeriodPart.Summer => Summer,
        DatePeriodPart.Autumn => Autumn,
        _ => Winter,
    };

    public string OfOpenness(DateOpenness openness) => openness switch
    {
        DateOpenness.Since => Since,
        DateOpenness.After => After,
        DateOpenness.Until => Until,
        DateOpenness.Before => Before,
        _ => By,
    };

    public string OfDayPart(DayPart part) => part switch
    {
        DayPart.Morning => Morning,
        DayPart.Afternoon => Afternoon,
        DayPart.Evening => Evening,
        _ => Night,
    };
}
