using CaseTracker.Web.Pages.Shared;

namespace CaseTracker.Web.Pages.Complaints;

/// <summary>What the shared complaint form (_ComplaintForm.cshtml) shows.</summary>
public sealed record ComplaintFormModel(ComplaintInput Input, CaseFormOptions Options, Guid? Self = null);
