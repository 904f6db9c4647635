using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// GET /dates/read?text=...: how a typed date will be read, for the live preview next to date fields
/// (wwwroot/js/partial-date.js). Signed-in users only, like every endpoint; it reads nothing stored.
/// </summary>
public static class DateReadingEndpoint
{
    public static void MapDateReading(this WebApplication app) =>
        app.MapGet("/dates/read", (string? text, PartialDateInput dates, IStringLocalizer<SharedResource> localizer) =>
        {
            if (text is { Length: > 200 })
            {
                text = text[..200];
            }

            return dates.TryRead(text, out var date, out var error)
                ? Results.Json(new { ok = true, text = localizer.Show(date!), edtf = date!.ToEdtf() })
                : Results.Json(new { ok = false, text = dates.Message(error), edtf = (string?)null });
        })
        .ExcludeFromDescription(); // a helper of the forms, not part of the public API
}
