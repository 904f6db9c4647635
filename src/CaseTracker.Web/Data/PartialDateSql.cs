using CaseTracker.Domain.Dates;

namespace CaseTracker.Web.Data;

/// <summary>
/// The partial-date rules of <see cref="PartialDate"/> written as SQL over its columns
/// (PartialDateMapping), for the read models that query PostgreSQL directly. One copy each: every raw
/// query that selects, orders, counts days or filters by period takes its SQL from here, and
/// PartialDateSqlTests run them over stored dates and compare with the C#.
/// </summary>
internal static class PartialDateSql
{
    /// <summary>The columns of a partial date after its prefix, with their SQL types, in the order <see cref="Columns"/> selects them.</summary>
    public static readonly IReadOnlyList<(string Suffix, string Type)> Parts =
    [
        ("earliest", "date"), ("latest", "date"), ("precision", "text"), ("end_precision", "text"), ("approximate", "boolean"),
        ("uncertain", "boolean"), ("part", "text"), ("openness", "text"), ("time", "text"), ("text", "text"), ("after", "uuid"),
    ];

    /// <summary>The precisions in the order <see cref="PartialDate.CompareTo"/> gives them, from the enum.</summary>
    private static readonly string PrecisionRank =
        "ARRAY[" + string.Join(", ", Enum.GetValues<DatePrecision>().Order().Select(p => $"'{p}'")) + "]::text[]";

    /// <summary>The select list of a date's columns, renamed to <paramref name="alias"/>_... when given.</summary>
    public static string Columns(string prefix, string? alias = null) =>
        string.Join(", ", Parts.Select(p => $"{prefix}_{p.Suffix}" + (alias is null ? "" : $" AS {alias}_{p.Suffix}")));

    /// <summary>The select list of an absent date named <paramref name="alias"/>_..., typed, for the first branch of a UNION.</summary>
    public static string NullColumns(string alias) => string.Join(", ", Parts.Select(p => $"NULL::{p.Type} AS {alias}_{p.Suffix}"));

    /// <summary><see cref="PartialDate.SortDay"/>: the earliest day, or the latest when only the end is known.</summary>
    public static string SortDay(string prefix) => $"(CASE WHEN {prefix}_earliest = '-infinity' THEN {prefix}_latest ELSE {prefix}_earliest END)";

    /// <summary><see cref="DayTime.SortMinute"/> of the stored time, -1 without one: clock times by hour and minute, parts of the day from the C# rule.</summary>
    public static string TimeSortMinute(string prefix)
    {
        var parts = string.Join(" ", Enum.GetValues<DayPart>().Where(p => p != DayPart.None)
            .Select(p => $"WHEN '{DayTime.During(p).ToStorage()}' THEN {DayTime.During(p).SortMinute}"));
        var clock = $"ltrim({prefix}_time, '~')";
        return $"(CASE WHEN {prefix}_time IS NULL THEN -1 WHEN {prefix}_time ~ '^~?[0-9]' THEN split_part({clock}, ':', 1)::int * 60 + split_part({clock}, ':', 2)::int ELSE CASE {prefix}_time {parts} END END)";
    }

    /// <summary>ORDER BY terms for <see cref="PartialDate.CompareTo"/>: its day, the more exact first, the shorter span, by time of day, exact before "about", sure before "unsure".</summary>
    public static string Order(string prefix, bool descending = false)
    {
        var direction = descending ? " DESC" : "";
        return $"{SortDay(prefix)}{direction}, array_position({PrecisionRank}, {prefix}_precision){direction}, {prefix}_latest{direction}, " +
            $"{TimeSortMinute(prefix)}{direction}, {prefix}_approximate{direction}, {prefix}_uncertain{direction}";
    }

    /// <summary><see cref="PartialDate.IsExactDay"/>.</summary>
    public static string IsExactDay(string prefix) =>
        $"({prefix}_precision = '{DatePrecision.Day}' AND {prefix}_end_precision = '{DatePrecision.Day}' AND {prefix}_earliest = {prefix}_latest AND NOT {prefix}_approximate AND NOT {prefix}_uncertain)";

    /// <summary><see cref="PartialDate.ExactDaysUntil"/>: null unless both are exact days.</summary>
    public static string ExactDaysBetween(string earlier, string later) =>
        $"CASE WHEN {IsExactDay(earlier)} AND {IsExactDay(later)} THEN {later}_earliest - {earlier}_earliest END";

    /// <summary>
    /// <see cref="PartialDate.MayFallWithin"/>: the date may fall in the period from the date parameter
    /// <paramref name="from"/> to <paramref name="to"/> (either may be null, meaning open). Open ends are
    /// -infinity and infinity, so they need no case of their own.
    /// </summary>
    public static string MayFallWithin(string prefix, string from = "@from", string to = "@to") =>
        $"({from}::date IS NULL OR {prefix}_latest >= {from}) AND ({to}::date IS NULL OR {prefix}_earliest <= {to})";
}
