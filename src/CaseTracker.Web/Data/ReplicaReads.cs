using Npgsql;

namespace CaseTracker.Web.Data;

/// <summary>
/// Reads that do not need the newest write (search, statistics counts) go to PostgreSQL read replicas when
/// <c>ConnectionStrings:CaseTrackerRead</c> is set: an Npgsql multi-host string such as
/// <c>Host=replica1,replica2,primary;Target Session Attributes=prefer-standby</c>, so a standby answers
/// while one is up and the primary otherwise. Writes, sign-in and every other read stay on the context's
/// own connection to the primary. A replica that fails under a read (stopped, or cancelling a query for
/// replay) costs that read a second try on the primary, never an error page (issue 17, ADR 32).
/// </summary>
public sealed class ReplicaReads : IAsyncDisposable
{
    public const string ConnectionStringName = "CaseTrackerRead";

    private readonly NpgsqlDataSource? _replicas;
    private readonly ILogger<ReplicaReads> _logger;

    public ReplicaReads(IConfiguration configuration, TunedConnectionString tuned, ILogger<ReplicaReads> logger)
    {
        _logger = logger;
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            _replicas = NpgsqlDataSource.Create(tuned.For(connectionString));
        }
    }

    /// <summary>Runs the read on a replica's connection if replicas are configured, else (or when the replica fails) on the context's.</summary>
    public async Task<T> ReadAsync<T>(CaseTrackerDbContext db, Func<NpgsqlConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        if (_replicas is not null)
        {
            try
            {
                await using var connection = await _replicas.OpenConnectionAsync(cancellationToken);
                return await read(connection);
            }
            catch (NpgsqlException ex) when (LostTheReplica(ex) && !cancellationToken.IsCancellationRequested)
            {
                // The pool's other idle connections to it are as dead: dropped, so the next read connects afresh.
                _replicas.Clear();
                _logger.LogWarning("A read replica failed a read ({SqlState}); read again from the primary", (ex as PostgresException)?.SqlState ?? "connection lost");
            }
        }

        await using var raw = await RawConnection.OpenAsync(db, cancellationToken);
        return await read(raw.Connection);
    }

    /// <summary>
    /// The replica went away (a broken connection, or it is shutting down) or cancelled the query to replay
    /// the primary's changes: worth one more try on the primary. The read's own errors are not.
    /// </summary>
    private static bool LostTheReplica(NpgsqlException ex) => ex is not PostgresException postgres
        || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.SerializationFailure;

    public ValueTask DisposeAsync() => _replicas?.DisposeAsync() ?? ValueTask.CompletedTask;
}
