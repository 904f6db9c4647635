using CaseTracker.Web.Pages.Shared;

namespace CaseTracker.Web.Pages.Proceedings;

/// <summary>What the shared proceeding form (_ProceedingForm.cshtml) shows.</summary>
public sealed record ProceedingFormModel(ProceedingInput Input, CaseFormOptions Options);
