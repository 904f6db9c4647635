using System.Globalization;
using CaseTracker.Domain.Dates;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Dates as the reader's language writes them ("10 June 2019", "c. 2017", "с 14 марта 2021"). The words
/// of dates are the domain's (DateWords, English and Russian), the same ones its parser reads; the
/// localizer is the receiver so that views write dates as they write every other text.
/// </summary>
public static class DateText
{
    public static string Show(this IStringLocalizer localizer, PartialDate date) =>
        date.ToString(CultureInfo.CurrentUICulture);

    public static string Show(this IStringLocalizer localizer, DateOnly day) =>
        localizer.Show(PartialDate.Day(day.Year, day.Month, day.Day));
}
