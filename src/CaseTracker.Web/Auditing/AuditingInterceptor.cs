using System.Text.Json;
using CaseTracker.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseTracker.Web.Auditing;

/// <summary>
/// Writes an audit entry for every record created, changed, archived, restored or deleted, in the same
/// transaction as the change, with each changed field's old and new value. Links owned by a record
/// (an incident's types, victims, sources...) are entered under "Record.Links" with the owner's id.
/// User accounts are not seen here: their changes are audited by the pages that make them, so password
/// hashes and security stamps never reach the trail.
/// </summary>
public sealed class AuditingInterceptor(AuditContext context) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddEntries(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        var entries = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if ((entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) && Describe(entry) is { } audit)
            {
                entries.Add(audit);
            }
        }

        db.AddRange(entries);
    }

    private AuditEntry? Describe(EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership();
        Guid entityId;
        string entityType;
        if (entry.Entity is Entity record)
        {
            entityId = record.Id;
            entityType = entry.Metadata.ClrType.Name;
        }
        else if (ownership is not null && typeof(Entity).IsAssignableFrom(ownership.PrincipalEntityType.ClrType)
                 && (entry.State == EntityState.Deleted ? entry.OriginalValues : entry.CurrentValues)[ownership.Properties[0]] is Guid ownerId)
        {
            entityId = ownerId;
            entityType = $"{ownership.PrincipalEntityType.ClrType.Name}.{ownership.PrincipalToDependent?.Name ?? entry.Metadata.ClrType.Name}";
        }
        else
        {
            return null;
        }

        var changes = new SortedDictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var (name, property) in Properties(entry))
        {
            if (property.Metadata.IsConcurrencyToken || (property.Metadata.IsPrimaryKey() && entry.Entity is Entity))
            {
                continue;
            }

            var (before, after) = entry.State switch
            {
                EntityState.Added => (null, property.CurrentValue),
                EntityState.Deleted => (property.OriginalValue, null),
                _ => property.IsModified ? (property.OriginalValue, property.CurrentValue) : (null, null),
            };
            if (!Equals(before, after))
            {
                changes[name] = [before, after];
            }
        }

        if (entry.State == EntityState.Modified && changes.Count == 0)
        {
            return null;
        }

        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Create,
            EntityState.Deleted => AuditAction.Delete,
            _ when changes.TryGetValue(nameof(ArchivableEntity.ArchivedAt), out var archived) => archived[1] is null ? AuditAction.Restore : AuditAction.Archive,
            _ => AuditAction.Update,
        };
        return context.Entry(action, entityType, entityId, JsonSerializer.Serialize(changes, AuditContext.Json));
    }

    /// <summary>Scalar properties, and the members of complex ones ("Date.Earliest"), with their names.</summary>
    private static IEnumerable<(string Name, PropertyEntry Property)> Properties(EntityEntry entry)
    {
        foreach (var property in entry.Properties)
        {
            yield return (property.Metadata.Name, property);
        }

        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
            {
                yield return ($"{complex.Metadata.Name}.{property.Metadata.Name}", property);
            }
        }
    }
}
