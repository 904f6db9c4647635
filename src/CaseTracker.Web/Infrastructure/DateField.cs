namespace CaseTracker.Web.Infrastructure;

/// <summary>Model of the shared partial-date field (Pages/Shared/_DateField.cshtml).</summary>
public sealed record DateField(string Name, string Label, string? Value);
