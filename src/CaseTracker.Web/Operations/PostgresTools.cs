using System.Diagnostics;
using CaseTracker.Web.Data;
using Npgsql;

namespace CaseTracker.Web.Operations;

/// <summary>
/// PostgreSQL's own pg_dump and pg_restore, run against the configured database. They take the
/// connection from libpq's environment variables (PGHOST, PGPASSWORD...), so no password appears on a
/// command line where other users of the machine could read it.
/// </summary>
internal static class PostgresTools
{
    /// <summary>The connection that may read and recreate everything: the schema owner's, else the app's.</summary>
    public static string OwnerConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(DatabaseSetup.OwnerConnectionStringName) is { Length: > 0 } owner
            ? owner
            : configuration.GetConnectionString(DatabaseSetup.ConnectionStringName)
              ?? throw new InvalidOperationException($"No database configured: set ConnectionStrings__{DatabaseSetup.ConnectionStringName}.");

    public static async Task<(int ExitCode, string Errors)> RunAsync(IConfiguration configuration, string tool, IEnumerable<string> arguments, string connectionString)
    {
        var start = new ProcessStartInfo(Path.Combine(BinFolder(configuration), tool))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password ?? "";
        start.Environment["PGCONNECT_TIMEOUT"] = "10";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        return (process.ExitCode, await errors);
    }

    /// <summary>Backup:PgBin, else CASETRACKER_PG_BIN, else the newest /usr/lib/postgresql/*/bin, else the PATH.</summary>
    private static string BinFolder(IConfiguration configuration)
    {
        if ((configuration["Backup:PgBin"] ?? Environment.GetEnvironmentVariable("CASETRACKER_PG_BIN")) is { Length: > 0 } configured)
        {
            return configured;
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "pg_dump")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var version) ? version : 0)
                .FirstOrDefault()
            : null;
        return installed ?? "";
    }
}
