using CaseTracker.Web.Pages.Shared;

namespace CaseTracker.Web.Pages.Acts;

/// <summary>What the shared act form (_ActForm.cshtml) shows.</summary>
public sealed record ActFormModel(ActInput Input, CaseFormOptions Options, Guid? Self = null);
