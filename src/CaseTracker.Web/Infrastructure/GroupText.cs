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
        var number = group.Count.ToString("N0", CultureInfo.CurrentCulture);
        return group.Qualifier switch
        {
            CountQualifier.AtLeast => localizer["at least {0} {1}", number, group.Who],
            CountQualifier.About => localizer["about {0} {1}", number, group.Who],
            CountQualifier.AtMost => localizer["up to {0} {1}", number, group.Who],
            _ => localizer["{0} {1}", number, group.Who],
        };
    }
}
