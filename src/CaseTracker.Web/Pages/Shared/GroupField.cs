namespace CaseTracker.Web.Pages.Shared;

/// <summary>What the group field partial (_GroupField) shows: its inputs under <paramref name="Prefix"/> ("Input.Group").</summary>
public sealed record GroupField(string Prefix, string Legend, GroupInput Input, string? NamedLabel = null);
