using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseTracker.Web.Operations;

/// <summary>
/// <c>dotnet CaseTracker.Web.dll restore &lt;file&gt; [--force]</c>: restores a backup into the configured
/// database. The target must be empty unless --force says to replace what is in it. The restore runs in
/// one transaction (all or nothing), creates the app's database role if the server lacks it, grants it
/// row access only (ADR 12), then verifies the audit chain and prints every table's row count.
/// </summary>
internal static class RestoreCommand
{
    public const string Name = "restore";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output)
    {
        var force = args.Contains("--force");
        var file = args.Skip(1).FirstOrDefault(a => a != "--force");
        if (file is null || !File.Exists(file))
        {
            await output.WriteLineAsync("Usage: CaseTracker.Web restore <backup file> [--force]   (the file must exist)");
            return 64;
        }

        var configuration = services.GetRequiredService<IConfiguration>();
        var ownerConnection = PostgresTools.OwnerConnectionString(configuration);
        var app = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(DatabaseSetup.ConnectionStringName));
        await using (var owner = new NpgsqlConnection(ownerConnection))
        {
            await owner.OpenAsync();
            var tables = await ScalarAsync<long>(owner, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
            if (tables > 0 && !force)
            {
                await output.WriteLineAsync($"The database '{owner.Database}' is not empty ({tables} tables); nothing was changed.");
                await output.WriteLineAsync("Restore into an empty database, or add --force to replace everything in it.");
                return 1;
            }

            if (tables > 0)
            {
                await ExecuteAsync(owner, "DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
            }

            if (!string.Equals(app.Username, new NpgsqlConnectionStringBuilder(ownerConnection).Username, StringComparison.Ordinal))
            {
                await EnsureAppRoleAsync(owner, app, output);
            }
        }

        var (exitCode, errors) = await PostgresTools.RunAsync(
            configuration, "pg_restore", ["--single-transaction", "--no-owner", "--no-privileges", "--dbname", new NpgsqlConnectionStringBuilder(ownerConnection).Database!, file], ownerConnection);
        if (exitCode != 0)
        {
            await output.WriteLineAsync($"The restore failed and was rolled back (pg_restore exit code {exitCode}):");
            await output.WriteLineAsync(errors.Trim());
            return 2;
        }

        await using (var owner = new NpgsqlConnection(ownerConnection))
        {
            await owner.OpenAsync();
            if (!string.Equals(app.Username, owner.UserName, StringComparison.Ordinal))
            {
                await AppRolePrivileges.GrantAsync(owner, app.Username!, CancellationToken.None);
            }

            await output.WriteLineAsync("Rows per table:");
            foreach (var table in await TablesAsync(owner))
            {
                var rows = await ScalarAsync<long>(owner, $"SELECT count(*) FROM public.\"{table}\"");
                await output.WriteLineAsync($"  {table,-36} {rows,12:N0}");
            }
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseTrackerDbContext>();
        var chain = await scope.ServiceProvider.GetRequiredService<AuditChain>().VerifyAsync(CancellationToken.None);
        var pending = (await db.Database.GetPendingMigrationsAsync()).Count();
        await output.WriteLineAsync(chain.Intact
            ? $"Audit trail: {chain.Checked:N0} entries, chain intact."
            : $"Audit trail: BROKEN at entry {chain.FirstBrokenId} ({chain.Reason}) after {chain.Checked:N0} intact entries.");
        if (pending > 0)
        {
            await output.WriteLineAsync($"The backup is older than this version of the app: run 'migrate' to apply {pending} migration(s).");
        }

        return chain.Intact ? 0 : 3;
    }

    /// <summary>The app's login role, with the password from its connection string, when the server lacks it.</summary>
    private static async Task EnsureAppRoleAsync(NpgsqlConnection owner, NpgsqlConnectionStringBuilder app, TextWriter output)
    {
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_roles WHERE rolname = @name", owner);
        exists.Parameters.AddWithValue("name", app.Username!);
        if ((long)(await exists.ExecuteScalarAsync())! > 0)
        {
            return;
        }

        // CREATE ROLE takes no parameters: the name is quoted as an identifier, the password as a literal.
        var name = "\"" + app.Username!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var password = app.Password is { Length: > 0 } p ? " PASSWORD '" + p.Replace("'", "''", StringComparison.Ordinal) + "'" : "";
        await ExecuteAsync(owner, $"CREATE ROLE {name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE{password}");
        await output.WriteLineAsync($"Created the app's database role '{app.Username}'.");
    }

    private static async Task<List<string>> TablesAsync(NpgsqlConnection connection)
    {
        var tables = new List<string>();
        await using var command = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
