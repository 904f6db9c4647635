using CaseTracker.Domain.Dates;

namespace CaseTracker.Web.Data;

/// <summary>
/// The partial-date rules of <see cref="PartialDate"/> written as SQL over its four columns
/// (PartialDateMapping), for the read models that query PostgreSQL directly. One copy each: every raw
/// query that orders, counts days or filters by period takes its SQL from here, and
/// PartialDateSqlTests run them over stored dates and compare with the C#.
/// </summary>
internal static class PartialDateSql
{
    /// <summary>The precisions in the order <see cref="PartialDate.CompareTo"/> gives them, from the enum.</summary>
    private static readonly string PrecisionRank =
        "ARRAY[" + string.Join(", ", Enum.GetValues<DatePrecision>().Order().Select(p => $"'{p}'")) + "]::text[]";

    /// <summary>ORDER BY terms for <see cref="PartialDate.CompareTo"/>: earliest day, the more exact first, the shorter span, exact before "about".</summary>
    public static string Order(string prefix, bool descending = false)
    {
        var direction = descending ? " DESC" : "";
        return $"{prefix}_earliest{direction}, array_position({PrecisionRank}, {prefix}_precision){direction}, {prefix}_latest{direction}, {prefix}_approximate{direction}";
    }

    /// <summary><see cref="PartialDate.IsExactDay"/>.</summary>
    public static string IsExactDay(string prefix) =>
        $"({prefix}_precision = '{DatePrecision.Day}' AND {prefix}_earliest = {prefix}_latest AND NOT {prefix}_approximate)";

    /// <summary><see cref="PartialDate.ExactDaysUntil"/>: null unless both are exact days.</summary>
    public static string ExactDaysBetween(string earlier, string later) =>
        $"CASE WHEN {IsExactDay(earlier)} AND {IsExactDay(later)} THEN {later}_earliest - {earlier}_earliest END";

    /// <summary>
    /// <see cref="PartialDate.MayFallWithin"/>: the date may fall in the period from the date parameter
    /// <paramref name="from"/> to <paramref name="to"/> (either may be null, meaning open).
    /// </summary>
    public static string MayFallWithin(string prefix, string from = "@from", string to = "@to") =>
        $"({from}::date IS NULL OR {prefix}_latest >= {from}) AND ({to}::date IS NULL OR {prefix}_earliest <= {to})";
}
