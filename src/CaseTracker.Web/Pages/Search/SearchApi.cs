using System.Security.Claims;

namespace CaseTracker.Web.Pages.Search;

/// <summary><c>GET /api/v1/search</c>: the search page's criteria and results as JSON, with the same visibility.</summary>
public static class SearchApi
{
    public const int PageSize = 50;

    public static void MapSearchApi(this RouteGroupBuilder api) =>
        api.MapGet("/search", async (HttpRequest request, ClaimsPrincipal user, SearchRows search, CancellationToken cancellationToken) =>
            {
                var criteria = SearchCriteria.Read(request.Query);
                SearchResults results;
                try
                {
                    results = criteria.IsEmpty ? new SearchResults([], 0, null) : await search.FindAsync(criteria, user, PageSize, cancellationToken);
                }
                catch (SearchTooSlowException)
                {
                    return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The search took too long",
                        detail: "Try fewer words or add a filter.");
                }

                return Results.Json(new
                {
                    textShortened = criteria.TextShortened,
                    count = Math.Min(results.Count, SearchRows.CountCap),
                    countCapped = results.CountCapped,
                    next = results.Next?.ToString(),
                    hits = results.Hits.Select(h => new
                    {
                        kind = h.Kind.ToString().ToLowerInvariant(),
                        id = h.Id,
                        caseId = h.CaseId,
                        caseReference = h.CaseReference,
                        title = h.Title,
                        edtf = h.Date?.ToEdtf(),
                        earliest = h.Date?.Earliest,
                        latest = h.Date?.Latest,
                        score = h.Score,
                    }),
                });
            })
            .WithName("Search")
            .WithSummary("Cases, people, incidents, complaints and responses matching the search page's criteria (q, country, type, perpetrator, institution, verification, status, from, to, after)");
}
