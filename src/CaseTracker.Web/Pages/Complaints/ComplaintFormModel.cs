using CaseTracker.Web.Pages.Shared;

namespace CaseTracker.Web.Pages.Complaints;

/// <summary>What the shared complaint form (_ComplaintForm.cshtml) shows; <paramref name="Organisations"/> are those the user may see.</summary>
public sealed record ComplaintFormModel(ComplaintInput Input, CaseFormOptions Options, IReadOnlyList<Choice> Organisations, Guid? Self = null);
