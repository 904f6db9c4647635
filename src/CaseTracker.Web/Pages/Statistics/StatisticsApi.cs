using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>GET /api/v1/statistics: the statistics page's numbers as JSON, with the same filters and visibility.</summary>
public static class StatisticsApi
{
    public static void MapStatisticsApi(this RouteGroupBuilder api) =>
        api.MapGet("/statistics", async Task<IResult> (
                [AsParameters] StatisticsParameters parameters, ClaimsPrincipal user, StatisticsSource statistics, KeptApiAnswers answers, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
            {
                var filter = parameters.ToFilter();
                var counted = await statistics.LoadAsync(filter, user, parameters.CountNow == true, CultureInfo.CurrentUICulture, cancellationToken);
                if (counted.Kept is not { } kept)
                {
                    return TypedResults.Ok(StatisticsDocument.Of(filter, counted));
                }

                // A kept count's answer is the same for every request until the count or a name changes: on a
                // million incidents writing its 1.3 MB took about 10 ms of the app's time per request.
                var answer = answers.Find(kept.Key, kept.Version)
                    ?? answers.Keep(kept.Key, kept.Version, JsonSerializer.SerializeToUtf8Bytes(StatisticsDocument.Of(filter, counted), json.Value.SerializerOptions))!;
                return TypedResults.Bytes(answer, "application/json; charset=utf-8");
            })
            .Produces<StatisticsDocument>()
            .WithName("GetStatistics")
            .WithTags("Statistics")
            .WithSummary("Incidents by year, type and perpetrator type; per institution complaints received, answered, median days to the first response, overdue and silent, latest outcomes");
}
