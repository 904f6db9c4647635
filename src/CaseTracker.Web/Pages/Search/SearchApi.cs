using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseTracker.Web.Pages.Search;

/// <summary><c>GET /api/v1/search</c>: the search page's criteria and results as JSON, with the same visibility.</summary>
public static class SearchApi
{
    public const int PageSize = 50;

    public static void MapSearchApi(this RouteGroupBuilder api) =>
        api.MapGet("/search", async Task<Results<Ok<SearchDocument>, ProblemHttpResult>> ([AsParameters] SearchParameters parameters, ClaimsPrincipal user, SearchRows search, CancellationToken cancellationToken) =>
            {
                var criteria = parameters.ToCriteria();
                try
                {
                    var results = criteria.IsEmpty ? new SearchResults([], 0, null) : await search.FindAsync(criteria, user, PageSize, cancellationToken);
                    return TypedResults.Ok(SearchDocument.From(criteria, results));
                }
                catch (SearchTooSlowException)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The search took too long",
                        detail: "Try fewer words or add a filter.");
                }
            })
            .WithName("Search")
            .WithTags("Search")
            .WithSummary("Cases, people, incidents, complaints and responses matching the search page's criteria");
}
