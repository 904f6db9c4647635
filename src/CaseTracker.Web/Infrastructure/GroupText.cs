using System.Globalization;
using CaseTracker.Domain.Groups;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>A group count in the reader's language: "at least 30 students", "около 150 человек".</summary>
public static class GroupText
{
    public static string Show(this IStringLocalizer localizer, GroupCount group)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(group);
        return localizer.Show(group.Count, group.Qualifier, group.Who);
    }

    /// <summary>A number of anything as sure as the source is: "about 64 complaints".</summary>
    public static string Show(this IStringLocalizer localizer, int count, CountQualifier qualifier, string what)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var number = count.ToString("N0", CultureInfo.CurrentCulture);
        return qualifier switch
        {
            CountQualifier.AtLeast => localizer["at least {0} {1}", number, what],
            CountQualifier.About => localizer["about {0} {1}", number, what],
            CountQualifier.AtMost => localizer["up to {0} {1}", number, what],
            _ => localizer["{0} {1}", number, what],
        };
    }
}
