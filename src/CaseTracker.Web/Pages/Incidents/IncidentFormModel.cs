using CaseTracker.Web.Pages.Shared;

namespace CaseTracker.Web.Pages.Incidents;

/// <summary>What the shared incident form (_IncidentForm.cshtml) shows.</summary>
public sealed record IncidentFormModel(IncidentInput Input, CaseFormOptions Options, IReadOnlyList<(Guid Id, string Label)> ExistingPerpetrators, Guid? Self = null);
