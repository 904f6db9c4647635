namespace CaseTracker.Web.Auditing;

/// <summary>
/// One line of the audit trail. Rows are only ever inserted: the database refuses updates and deletes,
/// and a trigger numbers each row and chains it to the one before by hash (ADR 12), so neither the id nor
/// the hashes are set here.
/// </summary>
public sealed class AuditEntry
{
    public AuditEntry(DateTimeOffset occurredAt, Guid? userId, string? clientAddress, AuditAction action, string? entityType, Guid? entityId, string? changes)
    {
        OccurredAt = occurredAt;
        UserId = userId;
        ClientAddress = clientAddress;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Changes = changes;
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>Who did it; null for the system itself (start-up seeding) and for failed sign-ins of unknown accounts.</summary>
    public Guid? UserId { get; private set; }

    public string? ClientAddress { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>The kind of record ("Incident", "Incident.Types", "User"), or null for events about no record.</summary>
    public string? EntityType { get; private set; }

    public Guid? EntityId { get; private set; }

    /// <summary>JSON object: field name to [old, new] for record changes, or details of the event.</summary>
    public string? Changes { get; private set; }

    public byte[] PreviousHash { get; private set; } = [];

    public byte[] Hash { get; private set; } = [];
}
