using System.Globalization;
using System.Security.Claims;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>GET /api/v1/statistics: the statistics page's numbers as JSON, with the same filters and visibility.</summary>
public static class StatisticsApi
{
    public static void MapStatisticsApi(this RouteGroupBuilder api) =>
        api.MapGet("/statistics", async (HttpRequest request, ClaimsPrincipal user, CaseTrackerDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var filter = StatisticsFilter.Read(request.Query);
                var today = clock.Today();
                var figures = await new StatisticsQueries(db).LoadAsync(filter, user, today, CultureInfo.CurrentUICulture, cancellationToken);
                return Results.Json(new
                {
                    countedOn = today,
                    country = filter.Country,
                    from = filter.From?.Earliest,
                    to = filter.To?.Latest,
                    incidentsByYear = figures.IncidentsByYear.Select(c => new { year = int.Parse(c.Label, CultureInfo.InvariantCulture), incidents = c.Value }),
                    incidentsByType = figures.IncidentsByType.Select(c => new { typeId = c.Id, type = c.Label, incidents = c.Value }),
                    incidentsByPerpetratorType = figures.IncidentsByPerpetratorType.Select(c => new { perpetratorTypeId = c.Id, perpetratorType = c.Label, incidents = c.Value }),
                    institutions = figures.Institutions.Select(i => new
                    {
                        institutionId = i.InstitutionId,
                        institution = i.Institution,
                        complaintsReceived = i.Received,
                        answered = i.Answered,
                        answeredShare = Math.Round(i.AnsweredShare, 4),
                        medianDaysToFirstResponse = i.MedianDaysToFirstResponse,
                        overdueAndSilent = i.OverdueAndSilent,
                        overdueShare = Math.Round(i.OverdueShare, 4),
                        longestSilenceDays = i.LongestSilenceDays,
                        latestOutcomes = i.Outcomes.Select(o => new { outcomeId = o.Id, outcome = o.Label, complaints = o.Value }),
                    }),
                });
            })
            .WithName("GetStatistics")
            .WithSummary("Incidents by year, type and perpetrator type; per institution complaints received, answered, median days to the first response, overdue and silent, latest outcomes (filters country, from, to)");
}
