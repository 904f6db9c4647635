using CaseTracker.Web.Pages.Shared;

namespace CaseTracker.Web.Pages.Steps;

/// <summary>What the shared step form (_StepForm.cshtml) shows.</summary>
public sealed record StepFormModel(StepInput Input, CaseFormOptions Options, Guid? Self = null);
