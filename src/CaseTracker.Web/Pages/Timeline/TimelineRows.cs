using System.Data.Common;
using CaseTracker.Web.Data;
using Npgsql;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>
/// The rows a timeline is built from, read in one round trip: a single batch of one statement per
/// <see cref="TimelineKinds.Sources"/> plus the names of the people and institutions they mention, with
/// each record's links aggregated into arrays by PostgreSQL. A profile of the 2,000-entry benchmark
/// showed twelve EF Core queries costing about 90 ms, most of it materialisation; this costs a fraction
/// (ADR 11). The SQL names the tables and columns of the migrations; the timeline tests fail if they drift.
/// Callers check that the case is visible before asking.
/// </summary>
internal static class TimelineRows
{
    private static readonly string[] Statements =
    [
        .. TimelineKinds.Sources.Select(source => source.Statement),
        NamesOf("persons", TimelineKinds.Sources.Select(s => s.PeopleSql)),
        NamesOf("institutions", TimelineKinds.Sources.Select(s => s.InstitutionsSql)),
    ];

    /// <summary>
    /// The id and name of the rows of <paramref name="table"/> the selects name. As an array, looked up by the
    /// primary key: as <c>id in (...)</c> PostgreSQL cannot estimate the ids a list column unnests to and
    /// hashes the whole table (26 ms for 50,000 people, against 0.5).
    /// </summary>
    private static string NamesOf(string table, IEnumerable<string?> selects) =>
        $"select n.id, n.name from {table} n where n.id = any(array({string.Join("\nunion ", selects.OfType<string>())}))";

    public static async Task<Rows> LoadAsync(CaseTrackerDbContext db, Guid caseId, bool includeArchived, CancellationToken cancellationToken)
    {
        await using var raw = await RawConnection.OpenAsync(db, cancellationToken);
        await using var batch = new NpgsqlBatch(raw.Connection);
        foreach (var statement in Statements)
        {
            var command = new NpgsqlBatchCommand(statement);
            command.Parameters.AddWithValue("case", caseId);
            command.Parameters.AddWithValue("archived", includeArchived);
            batch.BatchCommands.Add(command);
        }

        // Prepared: PostgreSQL plans the statements once per connection instead of on every request
        // (Npgsql keeps them prepared on pooled connections, so this is a round trip only the first time).
        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var records = new TimelineRowSet();
        for (var i = 0; i < TimelineKinds.Sources.Count; i++)
        {
            if (i > 0)
            {
                await reader.NextResultAsync(cancellationToken);
            }

            await TimelineKinds.Sources[i].ReadAsync(reader, records, cancellationToken);
        }

        var people = await NamesAsync(reader, cancellationToken);
        var institutions = await NamesAsync(reader, cancellationToken);
        return new Rows(records, people, institutions);
    }

    private static async Task<Dictionary<Guid, string>> NamesAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        var names = new Dictionary<Guid, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            names[reader.Id("id")] = reader.Text("name");
        }

        return names;
    }

    internal sealed record Rows(TimelineRowSet Records, Dictionary<Guid, string> People, Dictionary<Guid, string> Institutions);
}
