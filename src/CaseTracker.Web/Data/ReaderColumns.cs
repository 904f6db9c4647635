using System.Collections.Concurrent;
using System.Data.Common;
using CaseTracker.Domain.Dates;

namespace CaseTracker.Web.Data;

/// <summary>
/// Reads raw SQL results by column name, never by position, so adding a column to a SELECT cannot
/// shift the others. A partial date is read from its four columns (see PartialDateMapping) by prefix.
/// </summary>
internal static class ReaderColumns
{
    public static Guid Id(this DbDataReader reader, string column) => reader.GetGuid(reader.GetOrdinal(column));

    public static Guid? OptionalId(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);
    }

    public static Guid[] Ids(this DbDataReader reader, string column) => reader.GetFieldValue<Guid[]>(reader.GetOrdinal(column));

    public static string Text(this DbDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    public static string? OptionalText(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static bool Flag(this DbDataReader reader, string column) => reader.GetBoolean(reader.GetOrdinal(column));

    public static int Number(this DbDataReader reader, string column) => reader.GetInt32(reader.GetOrdinal(column));

    public static int? OptionalNumber(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
    }

    public static double? OptionalReal(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
    }

    public static DateOnly Day(this DbDataReader reader, string column) => reader.GetFieldValue<DateOnly>(reader.GetOrdinal(column));

    public static DateOnly? OptionalDay(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);
    }

    /// <summary>The partial date stored in <paramref name="prefix"/>_earliest, _latest and the rest of its columns (PartialDateSql.Parts).</summary>
    public static PartialDate Date(this DbDataReader reader, string prefix) =>
        reader.OptionalDate(prefix) ?? throw new InvalidOperationException($"The date {prefix} is empty.");

    public static PartialDate? OptionalDate(this DbDataReader reader, string prefix)
    {
        // The names are made once per prefix: a large timeline reads thousands of dates per request.
        var names = DateColumnNames.GetOrAdd(prefix, p => [.. PartialDateSql.Parts.Select(part => $"{p}_{part.Suffix}")]);
        var earliest = reader.GetOrdinal(names[0]);
        if (reader.IsDBNull(earliest))
        {
            return null;
        }

        var time = reader.GetOrdinal(names[8]);
        var text = reader.GetOrdinal(names[9]);
        var after = reader.GetOrdinal(names[10]);
        return PartialDate.FromStorage(
            reader.GetFieldValue<DateOnly>(earliest),
            reader.GetFieldValue<DateOnly>(reader.GetOrdinal(names[1])),
            Enum.Parse<DatePrecision>(reader.GetString(reader.GetOrdinal(names[2]))),
            Enum.Parse<DatePrecision>(reader.GetString(reader.GetOrdinal(names[3]))),
            reader.GetBoolean(reader.GetOrdinal(names[4])),
            reader.GetBoolean(reader.GetOrdinal(names[5])),
            Enum.Parse<DatePeriodPart>(reader.GetString(reader.GetOrdinal(names[6]))),
            Enum.Parse<DateOpenness>(reader.GetString(reader.GetOrdinal(names[7]))),
            reader.IsDBNull(time) ? null : DayTime.FromStorage(reader.GetString(time)),
            reader.IsDBNull(text) ? null : reader.GetString(text),
            reader.IsDBNull(after) ? null : reader.GetGuid(after));
    }

    private static readonly ConcurrentDictionary<string, string[]> DateColumnNames = new(StringComparer.Ordinal);
}
