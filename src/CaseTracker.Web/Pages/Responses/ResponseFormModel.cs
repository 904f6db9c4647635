using CaseTracker.Web.Pages.Shared;

namespace CaseTracker.Web.Pages.Responses;

/// <summary>What the shared response form (_ResponseForm.cshtml) shows; <paramref name="Addressee"/> is the institution the complaint was sent to.</summary>
public sealed record ResponseFormModel(ResponseInput Input, CaseFormOptions Options, Choice Addressee, Guid? Self = null);
