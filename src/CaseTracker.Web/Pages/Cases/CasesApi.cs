using System.Globalization;
using System.Security.Claims;
using CaseTracker.Domain.Cases;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;

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
        api.MapGet("/cases", async (string? status, string? country, string? sensitivity, string? q, string? after, ClaimsPrincipal user, CaseTrackerDbContext db, CancellationToken cancellationToken) =>
            {
                var query = new CaseListQuery(Parse<CaseStatus>(status), country is { Length: 2 } ? country : null, Parse<Sensitivity>(sensitivity), q is { Length: <= 200 } ? q : null);
                var (rows, next) = await query.LoadAsync(db, user, after is { Length: <= 64 } ? after : null, PageSize, cancellationToken);
                return Results.Json(new
                {
                    cases = rows.Select(c => new
                    {
                        id = c.Id,
                        reference = c.Reference,
                        title = c.Title,
                        country = c.CountryCode,
                        status = c.Status.ToString(),
                        risk = c.Risk.ToString(),
                        sensitivity = c.Sensitivity.ToString(),
                        defenders = c.Defenders,
                    }),
                    next,
                });
            })
            .WithName("ListCases")
            .WithSummary("Cases the caller may see, by reference; filters status, country, sensitivity, q (text in the title); next page with after=<next>");

        api.MapGet("/cases/{id:guid}", async (Guid id, ClaimsPrincipal user, CaseTrackerDbContext db, TimeProvider clock, AuditTrail audit, CancellationToken cancellationToken) =>
            {
                var file = await new CaseFileQueries(db).LoadAsync(id, user, clock.Today(), CultureInfo.CurrentUICulture, cancellationToken);
                if (file is null)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound);
                }

                await audit.RecordCaseReadAsync(id, file.Case.Sensitivity == Sensitivity.Restricted, export: true, new { What = "case", Format = "json" }, cancellationToken);
                return Results.Json(CaseFileJson.From(file));
            })
            .WithName("GetCase")
            .WithSummary("One case file: people, incidents, complaints with their status and responses, sources (confidential ones withheld from researchers)")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static T? Parse<T>(string? text)
        where T : struct, Enum => Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
}
