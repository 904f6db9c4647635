using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages;

/// <summary>
/// The page for unhandled errors and for error status codes (404, 403...). It shows a reference that
/// matches the log, never the exception. It must not touch the database.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        (Title, Message) = status switch
        {
            StatusCodes.Status404NotFound => (localizer["Page not found"].Value, localizer["There is nothing at this address, or it is not available to you."].Value),
            StatusCodes.Status403Forbidden => (localizer["Not allowed"].Value, localizer["Your account is not allowed to do this."].Value),
            StatusCodes.Status429TooManyRequests => (localizer["Too many attempts"].Value, localizer["Wait a minute, then try again."].Value),
            StatusCodes.Status400BadRequest => (localizer["Request not accepted"].Value, localizer["The request could not be processed. Go back, reload the page and try again."].Value),
            _ => (localizer["Something went wrong"].Value, localizer["The error has been logged. Nothing was changed by the failed request."].Value),
        };
        if (status >= 500)
        {
            RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        }
    }
}
