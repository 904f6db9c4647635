using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CaseTracker.Web.Infrastructure;

public static class Pipeline
{
    public static WebApplication UseCaseTracker(this WebApplication app)
    {
        // First, so everything after sees the client's address and scheme as the trusted proxy gave them.
        app.UseForwardedHeaders();

        // Outermost after that, so the logged status is the one the client really got.
        app.UseCaseTrackerRequestLogging();
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // No developer exception page, in any environment: no stack trace is ever shown to anyone. The
        // API answers errors as problem details, pages with the error page.
        app.UseWhen(context => ApiEndpoints.IsApi(context.Request), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ApiEndpoints.WriteProblemAsync });
            api.UseStatusCodePages(context => ApiEndpoints.WriteProblemAsync(context.HttpContext));
            api.Use(ApiEndpoints.DropNulCharactersAsync);
        });
        app.UseWhen(context => !ApiEndpoints.IsApi(context.Request), pages =>
        {
            pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseRequestLocalization();
        app.UseResponseCompression();
        app.UseStaticFiles(StaticAssets.Options);
        app.UseRouting();
        app.UseMiddleware<StartupGateMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();

        // After authentication, so the API's limit is counted per user.
        app.UseRateLimiter();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") })
            .AllowAnonymous();
        app.MapDateReading();
        app.MapCaseTrackerApi();
        app.MapRazorPages();
        return app;
    }
}
