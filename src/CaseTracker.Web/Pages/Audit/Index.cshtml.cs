using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Audit;

/// <summary>
/// The audit trail for admins: newest first, filtered by action, record, user and day, paged by id
/// (keyset), with a check of the whole hash chain on request.
/// </summary>
[Authorize(Policy = Policies.ReadAuditTrail)]
public class IndexModel(CaseTrackerDbContext db, AuditChain chain) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "action")]
    public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "record")]
    public Guid? RecordId { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "before")]
    public long? Before { get; set; }

    [BindProperty(SupportsGet = true, Name = "verify")]
    public bool Verify { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name, string Email)> Users { get; private set; } = [];

    public AuditChain.Verification? Verification { get; private set; }

    public long? NextBefore { get; private set; }

    public sealed record Row(long Id, DateTimeOffset OccurredAt, string? User, string? UserEmail, string? ClientAddress, AuditAction Action, string? EntityType, Guid? EntityId, string? Changes);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // A hand-edited URL with a bad value shows the unfiltered trail rather than an error.
            (Action, RecordId, UserId, From, To, Before) = (null, null, null, null, null, null);
            ModelState.Clear();
        }

        Users = (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName ?? u.Email).ThenBy(u => u.Email).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, u.DisplayName ?? u.Email ?? "", u.Email ?? "")).ToList();

        var query = db.AuditEntries.AsNoTracking();
        if (Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (RecordId is { } record)
        {
            query = query.Where(a => a.EntityId == record);
        }

        if (UserId is { } user)
        {
            query = query.Where(a => a.UserId == user);
        }

        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.OccurredAt >= start);
        }

        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.OccurredAt < end);
        }

        if (Before is { } before)
        {
            query = query.Where(a => a.Id < before);
        }

        var rows = await query.OrderByDescending(a => a.Id).Take(PageSize + 1)
            .Select(a => new { a.Id, a.OccurredAt, a.UserId, a.ClientAddress, a.Action, a.EntityType, a.EntityId, a.Changes })
            .ToListAsync(cancellationToken);
        var accounts = Users.ToDictionary(u => u.Id);
        Rows = rows.Take(PageSize)
            .Select(a => new Row(a.Id, a.OccurredAt, a.UserId is { } id ? (accounts.TryGetValue(id, out var u) ? u.Name : id.ToString()) : null,
                a.UserId is { } account && accounts.TryGetValue(account, out var known) ? known.Email : null, a.ClientAddress, a.Action, a.EntityType, a.EntityId, a.Changes))
            .ToList();
        NextBefore = rows.Count > PageSize ? Rows[^1].Id : null;

        if (Verify)
        {
            Verification = await chain.VerifyAsync(cancellationToken);
        }
    }

    public Dictionary<string, string?> Route(long? before = null, bool verify = false) => new()
    {
        ["action"] = Action?.ToString(),
        ["record"] = RecordId?.ToString(),
        ["user"] = UserId?.ToString(),
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["before"] = before?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["verify"] = verify ? "true" : null,
    };
}
