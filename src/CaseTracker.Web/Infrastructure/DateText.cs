using System.Globalization;
using CaseTracker.Domain.Dates;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>Dates as the reader's language writes them ("10 June 2019", "c. 2017").</summary>
public static class DateText
{
    public static string Show(this IStringLocalizer localizer, PartialDate date) =>
        date.ToString(CultureInfo.CurrentUICulture, localizer["c."] + " ");

    public static string Show(this IStringLocalizer localizer, DateOnly day) =>
        localizer.Show(PartialDate.Day(day.Year, day.Month, day.Day));
}
