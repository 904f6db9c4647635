using System.Security.Claims;
using System.Threading.RateLimiting;
using CaseTracker.Web.Pages.Cases;
using CaseTracker.Web.Pages.Search;
using CaseTracker.Web.Pages.Statistics;
using CaseTracker.Web.Pages.Timeline;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// The read-only JSON API under /api/v1 (ADR 16): signed in by the session cookie or a personal access
/// token, the researchers' capability, a per-user rate limit, errors as RFC 7807 problem details and an
/// OpenAPI document at /openapi/v1.json. Each feature maps its own routes into the group.
/// </summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api";
    public const string RateLimitPolicy = "api";

    private static readonly AuthorizeAttribute Readers = new(Policies.ReadCases)
    {
        AuthenticationSchemes = $"{IdentityConstants.ApplicationScheme},{AccessTokenAuthentication.SchemeName}",
    };

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase) || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddCaseTrackerApi(this IServiceCollection services)
    {
        services.AddProblemDetails();

        // A parameter that does not bind ("kind=xyz") is the caller's mistake: 400 in every environment,
        // not an exception that Development would show as a 500.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.AddOpenApi(ApiDocument.Configure);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("Security:ApiRequestsPerMinute", 120);
                var caller = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(caller, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    public static void MapCaseTrackerApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix + "/v1")
            .RequireAuthorization(Readers)
            .RequireRateLimiting(RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        // Read-only routes answer HEAD as GET (ADR 16): a client may check a resource without its body.
        ((IEndpointConventionBuilder)api).Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault()?.HttpMethods is [var only] && HttpMethods.IsGet(only))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
            }
        });
        api.MapCasesApi();
        api.MapTimelineApi();
        api.MapSearchApi();
        api.MapStatisticsApi();
        app.MapOpenApi().RequireAuthorization(Readers);
    }

    /// <summary>
    /// Drops NUL characters from every query parameter before anything binds it, as the pages do for
    /// their input (<see cref="CleanStringModelBinder"/>): PostgreSQL cannot hold NUL in text, and a stray
    /// byte must not turn a request into a server error.
    /// </summary>
    public static Task DropNulCharactersAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true)
        {
            var cleaned = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, values) in context.Request.Query)
            {
                var name = key.Replace("\0", "", StringComparison.Ordinal);
                var clean = new StringValues(values.Select(v => v?.Replace("\0", "", StringComparison.Ordinal)).ToArray());
                cleaned[name] = cleaned.TryGetValue(name, out var earlier) ? StringValues.Concat(earlier, clean) : clean;
            }

            context.Request.Query = new QueryCollection(cleaned);
        }

        return next(context);
    }

    /// <summary>For API requests, error statuses with an empty body get an RFC 7807 body instead of the HTML error page.</summary>
    public static Task WriteProblemAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = ReasonPhrases.GetReasonPhrase(status) },
        }).AsTask();
    }
}
