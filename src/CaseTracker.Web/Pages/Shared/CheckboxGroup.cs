namespace CaseTracker.Web.Pages.Shared;

/// <summary>Model of the shared checkbox list (Pages/Shared/_Checkboxes.cshtml).</summary>
public sealed record CheckboxGroup(string Name, string Legend, IReadOnlyList<Choice> Choices, IReadOnlyCollection<Guid> Selected);
