using System.Text.Json;
using CaseTracker.Domain.Common;
using CaseTracker.Web.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace CaseTracker.Web.Data;

/// <summary>
/// Merges one shared record (an institution, a vocabulary term) into another: every reference to it is
/// rewritten to the one kept, then it is deleted, in one transaction. The references are found from the
/// model's foreign keys, so a record kind added later is rewritten without a change here; if one were
/// ever missed, the delete would fail on its restricting foreign key and nothing would be merged.
/// The SQL is built from the model's table and column names only; the ids go as parameters.
/// Each rewritten row gets an audit entry ("InstitutionId": from, to) under the record that owns it.
/// </summary>
public sealed class ReferenceMerge(CaseTrackerDbContext db, AuditContext audit)
{
    /// <summary>Rewrites every reference to <paramref name="from"/> into <paramref name="into"/> and deletes it; returns how many rows now point at <paramref name="into"/> instead.</summary>
    public async Task<int> MergeAsync<T>(T from, T into, CancellationToken cancellationToken)
        where T : Entity
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(into);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rewritten = 0;
        foreach (var foreignKey in ReferencesTo(typeof(T)))
        {
            rewritten += await RewriteAsync(foreignKey, from.Id, into.Id, cancellationToken);
        }

        db.Remove(from);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rewritten;
    }

    /// <summary>Every single-column foreign key in the model that points at records of this type.</summary>
    public IReadOnlyList<IForeignKey> ReferencesTo(Type type) =>
        db.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys())
            .Where(fk => fk.PrincipalEntityType.ClrType == type && fk.Properties.Count == 1)
            .ToList();

    private async Task<int> RewriteAsync(IForeignKey foreignKey, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var rows = foreignKey.DeclaringEntityType;
        var table = StoreObjectIdentifier.Table(rows.GetTableName()!, rows.GetSchema());
        string Column(IProperty property) => $"\"{property.GetColumnName(table)}\"";
        var name = $"\"{table.Name}\"";
        var reference = foreignKey.Properties[0];
        var ownership = rows.FindOwnership();
        var recordColumn = Column(ownership?.Properties[0] ?? rows.FindPrimaryKey()!.Properties[0]);
        var recordType = ownership is null ? rows.ClrType.Name : $"{ownership.PrincipalEntityType.ClrType.Name}.{ownership.PrincipalToDependent?.Name ?? rows.ClrType.Name}";
        var parameters = new[] { new NpgsqlParameter("from", from), new NpgsqlParameter("into", into) };

        // A link keyed by the reference (an incident's types) that already points at both would become a
        // duplicate: the link to the merged record goes, the other stays.
        var key = rows.FindPrimaryKey()!.Properties;
        var dropped = new List<Guid>();
        if (key.Contains(reference))
        {
            var sameLink = string.Join(" and ", key.Where(p => p != reference).Select(p => $"kept.{Column(p)} = merged.{Column(p)}"));
            var delete = $"delete from {name} merged where merged.{Column(reference)} = @from and exists (select 1 from {name} kept where kept.{Column(reference)} = @into and {sameLink}) returning merged.{recordColumn} as \"Value\"";
            dropped = await db.Database.SqlQueryRaw<Guid>(delete, Clone(parameters)).ToListAsync(cancellationToken);
        }

        // An institution that was part of the merged one cannot become part of itself.
        var newValue = rows.ClrType == foreignKey.PrincipalEntityType.ClrType ? $"case when {recordColumn} = @into then null else @into end" : "@into";
        var update = $"update {name} set {Column(reference)} = {newValue} where {Column(reference)} = @from returning {recordColumn} as \"Value\"";
        var changed = await db.Database.SqlQueryRaw<Guid>(update, Clone(parameters)).ToListAsync(cancellationToken);

        var change = JsonSerializer.Serialize(new SortedDictionary<string, object?[]> { [reference.Name] = [from, into] }, AuditContext.Json);
        var removed = JsonSerializer.Serialize(new SortedDictionary<string, object?[]> { [reference.Name] = [from, null] }, AuditContext.Json);
        db.AddRange(changed.Select(id => audit.Entry(AuditAction.Update, recordType, id, change)));
        db.AddRange(dropped.Select(id => audit.Entry(AuditAction.Update, recordType, id, removed)));

        if (ownership is not null)
        {
            await TouchOwnersAsync(ownership.PrincipalEntityType, changed.Concat(dropped).Distinct().ToArray(), cancellationToken);
        }

        return changed.Count + dropped.Count;
    }

    /// <summary>Moves the version of records whose links were rewritten, so a form loaded before the merge is refused as stale (see <see cref="LinkChangesTouchOwner"/>).</summary>
    private async Task TouchOwnersAsync(IEntityType owner, Guid[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length == 0)
        {
            return;
        }

        var table = StoreObjectIdentifier.Table(owner.GetTableName()!, owner.GetSchema());
        var id = owner.FindPrimaryKey()!.Properties[0].GetColumnName(table);
        var touch = $"update \"{table.Name}\" set \"{id}\" = \"{id}\" where \"{id}\" = any(@ids)";
        await db.Database.ExecuteSqlRawAsync(touch, [new NpgsqlParameter("ids", ids)], cancellationToken);
    }

    private static object[] Clone(NpgsqlParameter[] parameters) => parameters.Select(p => (object)p.Clone()).ToArray();
}
