namespace CaseTracker.Domain.Common;

/// <summary>
/// Base of every record. Ids are time-ordered UUIDs (version 7): they sort by creation for keyset
/// paging, and unlike sequential numbers they do not reveal how many records exist.
/// </summary>
public abstract class Entity
{
    protected Entity() => Id = Guid.CreateVersion7();

    public Guid Id { get; protected set; }

    /// <summary>Optimistic concurrency token: PostgreSQL's xmin, changed by every update of the row.</summary>
    public uint Version { get; private set; }
}
