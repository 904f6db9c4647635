using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>GET /api/v1/statistics: the statistics page's numbers as JSON, with the same filters and visibility.</summary>
public static class StatisticsApi
{
    public static void MapStatisticsApi(this RouteGroupBuilder api) =>
        api.MapGet("/statistics", async Task<Ok<StatisticsDocument>> ([AsParameters] StatisticsParameters parameters, ClaimsPrincipal user, StatisticsSource statistics, CancellationToken cancellationToken) =>
            {
                var filter = parameters.ToFilter();
                var counted = await statistics.LoadAsync(filter, user, parameters.CountNow == true, CultureInfo.CurrentUICulture, cancellationToken);
                return TypedResults.Ok(StatisticsDocument.Of(filter, counted));
            })
            .WithName("GetStatistics")
            .WithTags("Statistics")
            .WithSummary("Incidents by year, type and perpetrator type; per institution complaints received, answered, median days to the first response, overdue and silent, latest outcomes");
}
