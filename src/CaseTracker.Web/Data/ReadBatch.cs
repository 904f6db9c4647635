using System.Data.Common;
using Npgsql;

namespace CaseTracker.Web.Data;

/// <summary>
/// Read statements sent to PostgreSQL in one round trip. Each statement is added with the function that
/// reads its rows, and gets back the list those rows will fill once <see cref="ExecuteAsync"/> has run.
/// A page that reads a dozen things costs one round trip instead of a dozen: on a busy server each round
/// trip is a wake-up of the database process and of a thread here (issue 17, ADR 33).
/// </summary>
internal sealed class ReadBatch : IAsyncDisposable
{
    private readonly NpgsqlBatch _batch;
    private readonly List<Func<DbDataReader, CancellationToken, Task>> _reads = [];

    public ReadBatch(NpgsqlConnection connection) => _batch = new NpgsqlBatch(connection);

    /// <summary>Adds a statement; the list returned is empty until the batch has run, then holds its rows.</summary>
    public List<T> Add<T>(string sql, Action<NpgsqlParameterCollection> parameters, Func<DbDataReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var command = new NpgsqlBatchCommand(sql);
        parameters(command.Parameters);
        _batch.BatchCommands.Add(command);
        var rows = new List<T>();
        _reads.Add(async (reader, cancellationToken) =>
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }
        });
        return rows;
    }

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var reader = await _batch.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; i < _reads.Count; i++)
        {
            if (i > 0)
            {
                await reader.NextResultAsync(cancellationToken);
            }

            await _reads[i](reader, cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => _batch.DisposeAsync();

    /// <summary>The rows of one statement, read as a batch of one.</summary>
    public static Task<List<T>> ListAsync<T>(
        CaseTrackerDbContext db, string sql, Action<NpgsqlParameterCollection> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken) =>
        RunAsync<List<T>>(db, batch =>
        {
            var rows = batch.Add(sql, parameters, read);
            return () => rows;
        }, cancellationToken);

    /// <summary>Runs the statements <paramref name="add"/> adds, on the context's connection; returns what its result gives once they have run.</summary>
    public static async Task<T> RunAsync<T>(CaseTrackerDbContext db, Func<ReadBatch, Func<T>> add, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(add);
        await using var raw = await RawConnection.OpenAsync(db, cancellationToken);
        await using var batch = new ReadBatch(raw.Connection);
        var result = add(batch);
        await batch.ExecuteAsync(cancellationToken);
        return result();
    }
}
