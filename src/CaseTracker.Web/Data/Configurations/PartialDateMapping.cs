using CaseTracker.Domain.Dates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTracker.Web.Data.Configurations;

/// <summary>
/// A partial date is four columns: &lt;name&gt;_earliest and _latest (date), _precision (text) and
/// _approximate (boolean). Timelines sort on _earliest, then _precision.
/// </summary>
internal static class PartialDateMapping
{
    public static void Configure(ComplexPropertyBuilder<PartialDate> date)
    {
        date.Property(d => d.Earliest).HasColumnType("date");
        date.Property(d => d.Latest).HasColumnType("date");
        date.Property(d => d.Precision).HasMaxLength(8);
        date.Property(d => d.Approximate);
        date.Ignore(d => d.IsRange);
    }
}
