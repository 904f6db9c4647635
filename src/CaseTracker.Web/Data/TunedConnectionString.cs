using System.Collections.Concurrent;
using Npgsql;

namespace CaseTracker.Web.Data;

/// <summary>
/// The connection string as the app uses it, with two settings added unless the operator gave them:
/// Npgsql's automatic preparation (a statement used twice on a connection is prepared there and kept
/// across the pool's reuse, so PostgreSQL parses and plans it once: planning the search alone took about
/// 5 ms of each request's 7 ms in the database) and PostgreSQL's JIT off (compiling a page's short
/// statements added some 10 ms to each; nothing the app runs per request is long enough to gain), and no
/// reset on close (Npgsql otherwise sends RESET ALL and more before each reuse of a pooled connection, and
/// a page opens one for each of its queries: about 0.3 ms of PostgreSQL's CPU per case page). The app
/// sets nothing on a session that another request could inherit: settings are local to a transaction
/// (set_config(..., true)), or, as the search's name threshold, set by every statement that relies on them. Issue 17.
/// </summary>
public sealed class TunedConnectionString
{
    private readonly ConcurrentDictionary<string, string> _tuned = new(StringComparer.Ordinal);

    public string For(string connectionString) => _tuned.GetOrAdd(connectionString, static given =>
    {
        var builder = new NpgsqlConnectionStringBuilder(given);
        if (!given.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase) && !given.Contains("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 200;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!given.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        if (string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = "-c jit=off";
        }

        return builder.ConnectionString;
    });
}
