namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Model of the shared partial-date field (Pages/Shared/_DateField.cshtml). With <see cref="After"/>, the
/// field also offers the case's entries the date counts from ("a week later") or comes after.
/// </summary>
public sealed record DateField(string Name, string Label, string? Value, DateAfterField? After = null);

/// <summary>The entry picker under a date field: its form name, the chosen entry and the entries offered (the record itself left out).</summary>
public sealed record DateAfterField(string Name, Guid? Value, IReadOnlyList<Pages.Shared.DatedChoice> Entries, bool OlderUnlisted = false);
