namespace CaseTracker.Web.Pages.Shared;

/// <summary>
/// Model of the shared checkbox list (Pages/Shared/_Checkboxes.cshtml). With <paramref name="LocatorName"/>
/// each choice also takes a short text (where in a cited source: "p. 12"), posted as LocatorName[id].
/// </summary>
public sealed record CheckboxGroup(string Name, string Legend, IReadOnlyList<Choice> Choices, IReadOnlyCollection<Guid> Selected, string? LocatorName = null, IReadOnlyDictionary<Guid, string?>? Locators = null);
