using System.Security.Claims;
using Serilog;
using Serilog.Events;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// One structured line per request, by Serilog.AspNetCore: method, route template, status, elapsed time
/// and user id. The route template stands in for the path, and neither the path nor the query string is
/// logged, so no name, place or search text a person typed reaches the log.
/// </summary>
public static class RequestLogging
{
    public static IApplicationBuilder UseCaseTrackerRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // This host's own logger (several hosts share one process in the tests).
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod:l} {Route:l} responded {StatusCode} in {Elapsed:0.0} ms for user {UserId:l}";

            // Load balancers poll the health checks every few seconds, and they answer 503 by design while
            // the app starts: those lines are for debugging, not an error an operator must read.
            options.GetLevel = (context, _, exception) =>
                context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) ? LogEventLevel.Debug
                : exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : LogEventLevel.Information;
            options.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("Route", new ScalarValue(RouteOf(context))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
                new LogEventProperty("UserId", new ScalarValue(context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-")),
            ];
        });

    private static string RouteOf(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint endpoint
            ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/')
            : "(no route)";
}
