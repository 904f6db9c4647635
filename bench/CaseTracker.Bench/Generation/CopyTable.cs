using CaseTracker.Domain.Dates;
using Npgsql;
using NpgsqlTypes;

namespace CaseTracker.Bench.Generation;

/// <summary>
/// One table filled with PostgreSQL's binary COPY: columns named once, rows written as values in that
/// order (null writes NULL). A partial date is its eleven columns (PartialDateMapping), written from the
/// domain's own PartialDate so the stored parts follow the domain's rules. Each table has its own
/// connection (one COPY at a time per connection), on which foreign keys are not checked row by row: the
/// generator writes consistent rows by construction, and checking a million references one by one is most
/// of a load's time.
/// </summary>
internal sealed class CopyTable : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlBinaryImporter _writer;
    private readonly NpgsqlDbType[] _types;

    private CopyTable(NpgsqlConnection connection, NpgsqlBinaryImporter writer, NpgsqlDbType[] types)
    {
        _connection = connection;
        _writer = writer;
        _types = types;
    }

    public static async Task<CopyTable> OpenAsync(NpgsqlDataSource database, string table, params (string Name, NpgsqlDbType Type)[] columns)
    {
        var connection = await database.OpenConnectionAsync();
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }

        var names = string.Join(", ", columns.Select(c => c.Name));
        var writer = await connection.BeginBinaryImportAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)");
        return new CopyTable(connection, writer, columns.Select(c => c.Type).ToArray());
    }

    /// <summary>The eleven columns of a partial date called <paramref name="prefix"/>.</summary>
    public static (string, NpgsqlDbType)[] DateColumns(string prefix) =>
    [
        ($"{prefix}_earliest", NpgsqlDbType.Date), ($"{prefix}_latest", NpgsqlDbType.Date), ($"{prefix}_precision", NpgsqlDbType.Varchar),
        ($"{prefix}_end_precision", NpgsqlDbType.Varchar), ($"{prefix}_approximate", NpgsqlDbType.Boolean), ($"{prefix}_uncertain", NpgsqlDbType.Boolean),
        ($"{prefix}_part", NpgsqlDbType.Varchar), ($"{prefix}_openness", NpgsqlDbType.Varchar), ($"{prefix}_time", NpgsqlDbType.Varchar),
        ($"{prefix}_text", NpgsqlDbType.Varchar), ($"{prefix}_after", NpgsqlDbType.Uuid),
    ];

    public static object?[] DateValues(PartialDate date) =>
    [
        date.Earliest, date.Latest, date.Precision.ToString(), date.EndPrecision.ToString(), date.Approximate, date.Uncertain,
        date.Part.ToString(), date.Openness.ToString(), date.Time?.ToStorage(), date.Text, date.After,
    ];

    /// <summary>One row. Synchronous: the importer buffers, and a million awaited values cost more than the rows.</summary>
    public void Row(params object?[] values)
    {
        if (values.Length != _types.Length)
        {
            throw new ArgumentException($"{values.Length} values for {_types.Length} columns");
        }

        _writer.StartRow();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
            {
                _writer.WriteNull();
            }
            else
            {
                _writer.Write(values[i]!, _types[i]);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.CompleteAsync();
        await _writer.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
