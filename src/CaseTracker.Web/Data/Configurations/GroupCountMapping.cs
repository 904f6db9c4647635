using CaseTracker.Domain.Common;
using CaseTracker.Domain.Groups;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTracker.Web.Data.Configurations;

/// <summary>
/// A group count is four columns named &lt;name&gt;_: count, qualifier (its name, by the enum convention), who and
/// includes_named; all null when the record concerns no group. Statistics read them through GroupCountSql.
/// </summary>
internal static class GroupCountMapping
{
    public static void Configure(ComplexPropertyBuilder<GroupCount> group)
    {
        group.Property(g => g.Count);
        group.Property(g => g.Qualifier);
        group.Property(g => g.Who).HasMaxLength(TextLimits.Name);
        group.Property(g => g.IncludesNamed);
        group.Ignore(g => g.IsEstimate);
    }
}
