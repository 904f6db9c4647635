using System.Security.Claims;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace CaseTracker.Web.Infrastructure;

/// <summary>A create form that was saved: its one-time key, whose it was and where its record is shown.</summary>
public sealed class FormSubmission
{
    public Guid Key { get; init; }

    public Guid UserId { get; init; }

    public required string Location { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }
}

/// <summary>
/// Every create form carries a one-time key (a hidden field made when the form is shown). The key is
/// saved in the same transaction as the record it created, so when an answer is lost (the app was
/// killed, the phone lost its signal) and the person sends the form again, the second POST finds the key
/// and shows the record already created instead of creating another. A key is good for one user only.
/// </summary>
public sealed class OneTimeSubmissions(CaseTrackerDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>How long a key is remembered: far longer than anyone retries a form.</summary>
    private static readonly TimeSpan Kept = TimeSpan.FromDays(7);

    /// <summary>When this form was saved already: a redirect to what it created, with a note saying so.</summary>
    public async Task<IActionResult?> ReplayAsync(PageModel page, Guid key, CancellationToken cancellationToken)
    {
        var location = await LocationAsync(key, page.User, cancellationToken);
        if (location is null)
        {
            return null;
        }

        page.TempData["StatusMessage"] = localizer["This form had been sent already; it was saved once, as shown here."].Value;
        return page.LocalRedirect(location);
    }

    /// <summary>Saves the new record together with the form's key, then shows it at <paramref name="location"/>.</summary>
    public async Task<IActionResult> SaveAsync(PageModel page, Guid key, string location, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        db.Add(new FormSubmission { Key = key, UserId = page.User.UserId(), Location = location, SubmittedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "pk_form_submissions" })
        {
            // The same form arrived twice at once and the other request saved first: nothing of this one is kept.
            db.ChangeTracker.Clear();
            return await ReplayAsync(page, key, cancellationToken) ?? throw new InvalidOperationException("A form key was taken by another user.");
        }

        await db.FormSubmissions.Where(s => s.SubmittedAt < now - Kept).ExecuteDeleteAsync(cancellationToken);
        return page.LocalRedirect(location);
    }

    private Task<string?> LocationAsync(Guid key, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        return db.FormSubmissions.AsNoTracking().Where(s => s.Key == key && s.UserId == userId).Select(s => s.Location).SingleOrDefaultAsync(cancellationToken);
    }
}
