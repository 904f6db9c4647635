namespace CaseTracker.Domain.Common;

/// <summary>
/// Records that are never deleted from the pages: they are archived with a reason and can be restored
/// by an admin. Archived records drop out of normal views but stay in the file.
/// </summary>
public abstract class ArchivableEntity : Entity
{
    public DateTimeOffset? ArchivedAt { get; private set; }

    public Guid? ArchivedBy { get; private set; }

    public string? ArchiveReason { get; private set; }

    public bool IsArchived => ArchivedAt is not null;

    public void Archive(string reason, Guid userId, DateTimeOffset now)
    {
        if (IsArchived)
        {
            throw new DomainException("This record is already archived.");
        }

        ArchiveReason = Text.Required(reason, TextLimits.Reason, "Give a reason for archiving.", nameof(reason));
        ArchivedAt = now;
        ArchivedBy = userId;
    }

    public void Restore()
    {
        if (!IsArchived)
        {
            throw new DomainException("This record is not archived.");
        }

        ArchivedAt = null;
        ArchivedBy = null;
        ArchiveReason = null;
    }
}
