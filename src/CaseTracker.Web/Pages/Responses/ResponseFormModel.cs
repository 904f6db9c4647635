using CaseTracker.Web.Pages.Shared;

namespace CaseTracker.Web.Pages.Responses;

/// <summary>What the shared response form (_ResponseForm.cshtml) shows.</summary>
public sealed record ResponseFormModel(ResponseInput Input, CaseFormOptions Options, Guid? Self = null);
