using Microsoft.AspNetCore.Diagnostics;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Turns "the database cannot be reached" during a request into a plain 503 page (and a log line with
/// the route only), instead of the generic error page. Other exceptions fall through to /Error.
/// </summary>
internal sealed partial class DatabaseUnavailableExceptionHandler(ILogger<DatabaseUnavailableExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseFaults.IsUnavailable(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }

        LogUnavailable(logger, exception.GetType().Name);
        await ServiceUnavailablePage.WriteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable while serving a request ({ExceptionType}); answered 503")]
    private static partial void LogUnavailable(ILogger logger, string exceptionType);
}
