using Microsoft.AspNetCore.ResponseCompression;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Stylesheets, scripts and the icon go out compressed (Brotli, else gzip) and cached. Pages and API answers
/// are not compressed: a page carries an antiforgery token beside text the reader typed, which is what a
/// compression side channel (BREACH) needs; what the pages weigh is kept down by the server instead.
/// </summary>
public static class StaticAssets
{
    public static IServiceCollection AddCaseTrackerCompression(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml"];
        });

    /// <summary>
    /// A file asked for with its content hash (asp-append-version adds ?v=...) never changes under that address:
    /// cached for a year. Asked for without it, it is checked again each time (its ETag makes that cheap).
    /// </summary>
    public static StaticFileOptions Options { get; } = new()
    {
        OnPrepareResponse = context =>
        {
            var versioned = context.Context.Request.Query.ContainsKey("v");
            context.Context.Response.Headers.CacheControl = versioned ? "public, max-age=31536000, immutable" : "no-cache";
        },
    };
}
