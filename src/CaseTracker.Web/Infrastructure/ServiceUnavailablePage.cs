using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// The plain 503 page for "the database cannot be reached". It is written without the Razor layout
/// on purpose: nothing on it may need the database, the session or anything else that could fail too.
/// </summary>
internal static class ServiceUnavailablePage
{
    public static async Task WriteAsync(HttpContext context)
    {
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var encode = HtmlEncoder.Default;
        var title = encode.Encode(localizer["CaseTracker is temporarily unavailable"]);
        var message = encode.Encode(localizer["The database cannot be reached right now. Nothing you entered was saved. Please try again in a minute."]);

        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "30";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title></head>
            <body><main><h1>{title}</h1><p>{message}</p></main></body></html>
            """);
    }
}
