using CaseTracker.Domain.Common;
using CaseTracker.Domain.Dates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseTracker.Web.Data.Configurations;

/// <summary>
/// A partial date is eleven columns named &lt;name&gt;_: earliest and latest (date; -infinity and infinity for
/// an open end, which Npgsql reads as <see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/>),
/// precision and end_precision, approximate and uncertain, part (of a month or year), openness (since,
/// before...), time (of day, <see cref="DayTime.ToStorage"/>), text (as typed) and after (the entry of the
/// case it counts from or comes after; no foreign key, as it may name an entry of any kind). Raw SQL selects them
/// with <see cref="PartialDateSql.Columns"/> and orders them with <see cref="PartialDateSql.Order"/>.
/// </summary>
internal static class PartialDateMapping
{
    private static readonly ValueConverter<DayTime, string> TimeConverter = new(t => t.ToStorage(), s => DayTime.FromStorage(s));

    public static void Configure(ComplexPropertyBuilder<PartialDate> date)
    {
        date.Property(d => d.Earliest).HasColumnType("date");
        date.Property(d => d.Latest).HasColumnType("date");
        date.Property(d => d.Precision).HasMaxLength(8);
        date.Property(d => d.EndPrecision).HasMaxLength(8);
        date.Property(d => d.Approximate);
        date.Property(d => d.Uncertain);
        date.Property(d => d.Part).HasMaxLength(12);
        date.Property(d => d.Openness).HasMaxLength(8);
        date.Property(d => d.Time).HasConversion(TimeConverter).HasMaxLength(8);
        date.Property(d => d.Text).HasMaxLength(TextLimits.TypedDate);
        date.Property(d => d.After);
        date.Ignore(d => d.Relative);
        date.Ignore(d => d.IsRange);
        date.Ignore(d => d.OpenStart);
        date.Ignore(d => d.OpenEnd);
        date.Ignore(d => d.SortDay);
        date.Ignore(d => d.AsTyped);
        date.Ignore(d => d.KnownEarliest);
        date.Ignore(d => d.KnownLatest);
        date.Ignore(d => d.IsExactDay);
    }
}
