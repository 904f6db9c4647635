using System.Diagnostics;
using System.Security.Claims;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// One structured line per request: method, route template, status, elapsed time and user id.
/// The route template is logged instead of the path, and the query string never, so no name, place or
/// search text typed by a user reaches the log. (Serilog.AspNetCore's equivalent is not available here.)
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogRequest(
                logger,
                context.Request.Method,
                RouteOf(context),
                context.Response.StatusCode,
                Math.Round(elapsedMs, 1),
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-");
        }
    }

    private static string RouteOf(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint endpoint
            ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/')
            : "(no route)";

    [LoggerMessage(Level = LogLevel.Information,
        Message = "HTTP {Method} {Route} responded {StatusCode} in {ElapsedMs} ms for user {UserId}")]
    private static partial void LogRequest(ILogger logger, string method, string route, int statusCode, double elapsedMs, string userId);
}
