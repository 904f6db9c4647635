namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// A column of a CSV export: its header and how its cell is read from a row. An export is a list of
/// these, so a header and its cells cannot drift apart and a new field is one line.
/// </summary>
public sealed record CsvColumn<T>(string Name, Func<T, string?> Cell);
