using System.Globalization;
using System.Security.Claims;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>
/// GET /api/v1/cases/{id}/timeline: the chronology as JSON, in timeline order, with the same sign-in,
/// visibility, redaction and filters as the page. A case the caller may not see answers 404.
/// </summary>
public static class TimelineApi
{
    public static void MapTimelineApi(this RouteGroupBuilder api) =>
        api.MapGet("/cases/{id:guid}/timeline", async Task<Results<Ok<TimelineDocument>, ProblemHttpResult>> (
                Guid id,
                TimelineKind? kind,
                Guid? type,
                Guid? institution,
                bool? hideContext,
                bool? archived,
                ClaimsPrincipal user,
                CaseTrackerDbContext db,
                SilenceSettings silence,
                IStringLocalizer<SharedResource> localizer,
                AuditTrail audit,
                CancellationToken cancellationToken) =>
            {
                var timeline = await new TimelineQueries(db).LoadAsync(id, user, silence.Today(), archived ?? false, CultureInfo.CurrentUICulture, cancellationToken);
                if (timeline is null)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound);
                }

                var entries = new TimelineFilter(kind, type, institution, hideContext ?? false).Apply(timeline.Entries);
                await audit.RecordCaseReadAsync(id, timeline.Restricted, export: true, new { What = "timeline", Format = "json", Entries = entries.Count }, cancellationToken);
                var text = new TimelineText(localizer);
                return TypedResults.Ok(new TimelineDocument(timeline.CaseId, timeline.Reference, entries.Select(e => TimelineEntryDocument.From(e, text, timeline.Labels)).ToList()));
            })
            .WithName("GetCaseTimeline")
            .WithTags("Timeline")
            .WithSummary("The chronology of one case, in timeline order")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
