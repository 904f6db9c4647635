using CaseTracker.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseTracker.Web.Data;

/// <summary>
/// A record's version (PostgreSQL's xmin) changes only when its own row is written. The links it owns
/// (an incident's types, victims, perpetrators and sources, a complaint's incidents, a person's
/// memberships, a case's people) live in rows of their own, so a save that changed only links would
/// neither check nor move the owner's version, and an older form could overwrite them silently. Here
/// every save that adds, changes or removes a link also writes the owner's row, unchanged, under the
/// version the form was loaded with: the stale save is refused, the fresh one moves the version on.
/// </summary>
public sealed class LinkChangesTouchOwner : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Touch(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Touch(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Touch(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        var entries = db.ChangeTracker.Entries().ToList();
        var owners = new HashSet<(Type, Guid)>();
        foreach (var entry in entries)
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Metadata.FindOwnership() is { } ownership
                && (entry.State == EntityState.Deleted ? entry.OriginalValues : entry.CurrentValues)[ownership.Properties[0]] is Guid ownerId)
            {
                owners.Add((ownership.PrincipalEntityType.ClrType, ownerId));
            }
        }

        if (owners.Count == 0)
        {
            return;
        }

        foreach (var entry in entries)
        {
            if (entry.State is EntityState.Unchanged or EntityState.Modified && entry.Entity is Entity record
                && owners.Contains((entry.Metadata.ClrType, record.Id)) && !WritesAColumn(entry))
            {
                MarkWritten(entry);
            }
        }
    }

    /// <summary>
    /// Whether EF will write the row. A page that sets the version it was loaded with marks the entry
    /// modified, but the version is xmin, which is never written: without another column there is no UPDATE.
    /// </summary>
    private static bool WritesAColumn(EntityEntry entry) =>
        entry.Properties.Any(p => p.IsModified && !p.Metadata.IsConcurrencyToken && !p.Metadata.IsPrimaryKey())
        || entry.ComplexProperties.Any(c => c.Properties.Any(p => p.IsModified));

    /// <summary>Marks one plain column as written with its own value: an UPDATE that checks and moves xmin and changes nothing else.</summary>
    private static void MarkWritten(EntityEntry entry)
    {
        var column = entry.Properties.First(p => !p.Metadata.IsPrimaryKey() && !p.Metadata.IsConcurrencyToken && !p.Metadata.IsShadowProperty());
        column.IsModified = true;
    }
}
