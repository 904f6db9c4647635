namespace CaseTracker.Web.Pages.Shared;

/// <summary>The case a page belongs to, for its breadcrumbs (_CaseBreadcrumbs).</summary>
public sealed record CaseCrumbs(Guid CaseId, string Reference);
