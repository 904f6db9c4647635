using System.Globalization;
using System.Security.Claims;
using CaseTracker.Domain.Cases;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseTracker.Web.Pages.Cases;

/// <summary>
/// GET /api/v1/cases (the case list with its filters and keyset paging) and GET /api/v1/cases/{id} (one
/// case file as the reader may see it: the same read model, and so the same redaction, as the case page).
/// </summary>
public static class CasesApi
{
    public const int PageSize = 100;

    public static void MapCasesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cases", async Task<Ok<CaseListPage>> ([AsParameters] CaseListParameters parameters, ClaimsPrincipal user, CaseTrackerDbContext db, CancellationToken cancellationToken) =>
            {
                var (rows, next) = await parameters.ToQuery().LoadAsync(db, user, parameters.After is { Length: <= 64 } after ? after : null, PageSize, cancellationToken);
                return TypedResults.Ok(new CaseListPage(rows, next));
            })
            .WithName("ListCases")
            .WithTags("Cases")
            .WithSummary("Cases the caller may see, by reference; filters status, country, sensitivity, q (text in the title); next page with after=<next>");

        api.MapGet("/cases/{id:guid}", async Task<Results<Ok<CaseFileView>, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, CaseTrackerDbContext db, SilenceSettings silence, AuditTrail audit, CancellationToken cancellationToken) =>
            {
                var file = await new CaseFileQueries(db).LoadAsync(id, user, silence.Today(), CultureInfo.CurrentUICulture, cancellationToken);
                if (file is null)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound);
                }

                await audit.RecordCaseReadAsync(id, file.Sensitivity == Sensitivity.Restricted, export: true, new { What = "case", Format = "json" }, cancellationToken);
                return TypedResults.Ok(file);
            })
            .WithName("GetCase")
            .WithTags("Cases")
            .WithSummary("One case file: people, incidents, complaints with their status and responses, sources (confidential ones withheld from researchers)")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
