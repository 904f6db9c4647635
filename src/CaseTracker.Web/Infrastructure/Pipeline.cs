using CaseTracker.Web.Pages.Search;
using CaseTracker.Web.Pages.Timeline;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CaseTracker.Web.Infrastructure;

public static class Pipeline
{
    public static WebApplication UseCaseTracker(this WebApplication app)
    {
        // Outermost, so the logged status is the one the client really got.
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // No developer exception page, in any environment: no stack trace is ever shown to anyone.
        app.UseExceptionHandler("/Error");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseMiddleware<StartupGateMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") })
            .AllowAnonymous();
        app.MapDateReading();
        app.MapTimelineApi();
        app.MapSearchApi();
        app.MapRazorPages();
        return app;
    }
}
