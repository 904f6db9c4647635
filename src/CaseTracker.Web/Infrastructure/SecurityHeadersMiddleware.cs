namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Response headers that make the browser refuse framing, sniffing, inline script and third-party
/// resources, and keep signed-in pages out of caches. Everything the app serves comes from its own
/// origin, so the policy can be strict. HSTS (a year) is added by the pipeline outside Development.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        // Set as the response starts, so error handlers that clear the response cannot drop them.
        context.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            var headers = response.Headers;

            // Nothing shown to a signed-in user may stay in a browser's or a proxy's cache.
            if (response.HttpContext.User.Identity?.IsAuthenticated == true)
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
