using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseTracker.Web.Data;

/// <summary>
/// The context's own connection, opened for raw Npgsql work (read models that batch their SQL) and closed
/// again when disposed. Using EF's connection keeps one connection per request and lets EF's command
/// counting and interceptors see the same connection.
/// </summary>
public sealed class RawConnection : IAsyncDisposable
{
    private readonly CaseTrackerDbContext _db;

    private RawConnection(CaseTrackerDbContext db) => _db = db;

    public NpgsqlConnection Connection => (NpgsqlConnection)_db.Database.GetDbConnection();

    public static async Task<RawConnection> OpenAsync(CaseTrackerDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new RawConnection(db);
    }

    public async ValueTask DisposeAsync() => await _db.Database.CloseConnectionAsync();
}
