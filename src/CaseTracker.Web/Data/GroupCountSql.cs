using System.Data.Common;
using CaseTracker.Domain.Groups;

namespace CaseTracker.Web.Data;

/// <summary>
/// A group count in raw SQL (its columns, GroupCountMapping): selected by <see cref="Columns"/>, read by
/// <see cref="Read"/>, and counted as people by <see cref="PeopleWith"/>, the SQL twin of
/// <see cref="GroupCount.PeopleWith"/> (GroupCountSqlTests proves they agree).
/// </summary>
internal static class GroupCountSql
{
    public static string Columns(string column) =>
        $"{column}_count, {column}_qualifier, {column}_who, {column}_includes_named";

    /// <summary>The people a record counts, from its group columns and the number of its named people.</summary>
    public static string PeopleWith(string column, string named) =>
        $"(CASE WHEN {column}_count IS NULL THEN {named} WHEN {column}_includes_named THEN greatest({column}_count, {named}) ELSE {column}_count + {named} END)";

    /// <summary>True where the group's number is not exact, so a sum including it is "at least" or "about".</summary>
    public static string IsEstimate(string column) =>
        $"coalesce({column}_qualifier <> '{CountQualifier.Exactly}', false)";

    public static GroupCount? Read(DbDataReader reader, string prefix)
    {
        var count = reader.OptionalNumber($"{prefix}_count");
        return count is { } known
            ? new GroupCount(known, Enum.Parse<CountQualifier>(reader.Text($"{prefix}_qualifier")), reader.Text($"{prefix}_who"), reader.Flag($"{prefix}_includes_named"))
            : null;
    }
}
