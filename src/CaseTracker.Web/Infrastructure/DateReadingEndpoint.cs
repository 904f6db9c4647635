using System.Security.Claims;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// GET /dates/read?text=...[&amp;after=id]: how a typed date will be read, for the live preview next to date
/// fields (wwwroot/js/partial-date.js). Signed-in users only, like every endpoint. With <c>after</c>, a
/// relative date ("a week later") is counted from that entry, read only when the user may see its case;
/// otherwise it is treated as absent, so the answer never tells a hidden entry from a missing one.
/// </summary>
public static class DateReadingEndpoint
{
    public static void MapDateReading(this WebApplication app) =>
        app.MapGet("/dates/read", async (string? text, Guid? after, ClaimsPrincipal user, CaseTrackerDbContext db, PartialDateInput dates, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken) =>
        {
            if (text is { Length: > 200 })
            {
                text = text[..200];
            }

            var anchor = after is { } id ? await VisibleEntryDateAsync(db, user, id, cancellationToken) : null;
            return dates.TryRead(text, out var date, out var error, after: anchor is null ? null : (after!.Value, anchor))
                ? Results.Json(new { ok = true, text = localizer.Show(date!), edtf = date!.ToEdtf() })
                : Results.Json(new { ok = false, text = dates.Message(error), edtf = (string?)null });
        })
        .ExcludeFromDescription(); // a helper of the forms, not part of the public API

    private static async Task<PartialDate?> VisibleEntryDateAsync(CaseTrackerDbContext db, ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        (await DatedEntryKinds.RowsAsync(db, db.Cases.AsNoTracking().VisibleTo(user).Select(c => c.Id), id, cancellationToken)).FirstOrDefault()?.Date;
}
