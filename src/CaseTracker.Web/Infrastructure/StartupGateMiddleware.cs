using CaseTracker.Web.Data;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// While start-up work on the database has not finished (for example because the database is down),
/// every page answers 503 with a plain message; health endpoints and static files pass through.
/// </summary>
internal sealed class StartupGateMiddleware(RequestDelegate next, StartupState state)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (state.DatabaseReady || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        return ServiceUnavailablePage.WriteAsync(context);
    }
}
