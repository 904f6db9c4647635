using System.Text.Json;
using CaseTracker.Web.Data;

namespace CaseTracker.Web.Auditing;

/// <summary>
/// Records events that are not a record's change: sign-ins, two-factor changes, user administration,
/// reads of restricted cases, exports. Saved at once, with whatever else the request's unit of work holds.
/// </summary>
public sealed class AuditTrail(CaseTrackerDbContext db, AuditContext context)
{
    public async Task RecordAsync(AuditAction action, string? entityType = null, Guid? entityId = null, object? details = null, Guid? userId = null, CancellationToken cancellationToken = default)
    {
        db.AuditEntries.Add(context.Entry(action, entityType, entityId, details is null ? null : JsonSerializer.Serialize(details, AuditContext.Json), userId));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// One rule for every way a case is read (page, timeline, API, download): a download is recorded as an
    /// export, which is a read too; viewing a restricted case is recorded as a read; viewing a standard case
    /// is not recorded. <paramref name="details"/> says what was read (and, for an export, its format).
    /// </summary>
    public Task RecordCaseReadAsync(Guid caseId, bool restricted, bool export, object details, CancellationToken cancellationToken) =>
        export ? RecordAsync(AuditAction.Export, "CaseFile", caseId, details, cancellationToken: cancellationToken)
        : restricted ? RecordAsync(AuditAction.ReadRestrictedCase, "CaseFile", caseId, details, cancellationToken: cancellationToken)
        : Task.CompletedTask;
}
