using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Web.Infrastructure;

public static class PageRouteExtensions
{
    /// <summary>The record an edit page works on (its "id" route value), or <see cref="Guid.Empty"/>.</summary>
    public static Guid RecordId(this PageModel page) =>
        page.RouteData.Values["id"] is string id && Guid.TryParse(id, out var parsed) ? parsed : Guid.Empty;
}
