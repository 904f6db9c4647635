using System.Net.Sockets;
using Npgsql;

namespace CaseTracker.Web.Infrastructure;

/// <summary>Tells a database that cannot be reached from a bug in our own SQL or code.</summary>
public static class DatabaseFaults
{
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    // 08: connection exception; 53: insufficient resources; 57P0x: shutting down or
                    // starting up; 3D000: the database itself is missing (not created yet).
                    return pg.SqlState == PostgresErrorCodes.InvalidCatalogName
                        || pg.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || pg.SqlState.StartsWith("53", StringComparison.Ordinal)
                        || pg.SqlState.StartsWith("57P0", StringComparison.Ordinal);
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                case TimeoutException:
                    return true;
                default:
                    break;
            }
        }

        return false;
    }
}
