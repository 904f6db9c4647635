using CaseTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseTracker.Web.Tests.TestInfrastructure;

/// <summary>
/// One PostgreSQL server for the whole test run, and a fresh database for each caller, cloned from a
/// template that was migrated once with the app's real migrations (CREATE DATABASE ... TEMPLATE takes
/// tens of milliseconds). The server is a throwaway cluster, or the one named by
/// CASETRACKER_TEST_CONNECTION (a role allowed to create databases and roles). As in production, the
/// schema belongs to that admin role and the apps connect as <see cref="AppRole"/>, which may only read and
/// write rows; <see cref="OwnerOf"/> gives the owner's connection for what only the owner may do.
/// </summary>
public static class TestDatabases
{
    public const string AppRole = "casetracker_app";
    private static readonly string AppRolePassword = Guid.NewGuid().ToString("N");

    private static readonly Lazy<Task<Server>> Shared = new(StartAsync);
    private static readonly SemaphoreSlim CreateGate = new(1, 1);

    public static async Task<string> CreateMigratedAsync() => await CreateAsync(fromTemplate: true);

    public static async Task<string> CreateEmptyAsync() => await CreateAsync(fromTemplate: false);

    private static async Task<string> CreateAsync(bool fromTemplate)
    {
        var server = await Shared.Value;
        var name = "test_" + Guid.NewGuid().ToString("N")[..12];
        var template = fromTemplate ? server.TemplateName : "template0";
        await CreateGate.WaitAsync();
        try
        {
            await ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        }
        finally
        {
            CreateGate.Release();
        }

        return server.ConnectionStringFor(name);
    }

    private static async Task<Server> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("CASETRACKER_TEST_CONNECTION");
        Server server;
        if (!string.IsNullOrWhiteSpace(external))
        {
            server = new Server(new NpgsqlConnectionStringBuilder(external) { Pooling = false }.ConnectionString, null);
        }
        else
        {
            var cluster = await PostgresCluster.StartNewAsync();
            server = new Server(cluster.ConnectionString("postgres", pooling: false), cluster);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        await ExecuteAsync(server.AdminConnectionString, $"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AppRole}') THEN CREATE ROLE {AppRole} LOGIN; END IF;
            END $$;
            ALTER ROLE {AppRole} NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '{AppRolePassword}';
            """);
        await ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE \"{server.TemplateName}\" TEMPLATE template0");
        var ownerOfTemplate = server.OwnerConnectionStringFor(server.TemplateName, pooling: false);
        var options = new DbContextOptionsBuilder<CaseTrackerDbContext>().UseNpgsql(ownerOfTemplate).Options;
        await using (var db = new CaseTrackerDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        // Clones of the template keep these grants.
        await using (var owner = new NpgsqlConnection(ownerOfTemplate))
        {
            await owner.OpenAsync();
            await AppRolePrivileges.GrantAsync(owner, AppRole, CancellationToken.None);
        }

        return server;
    }

    /// <summary>The schema owner's connection to the same database as <paramref name="appConnectionString"/>.</summary>
    public static string OwnerOf(string appConnectionString)
    {
        var server = Shared.Value.IsCompletedSuccessfully ? Shared.Value.Result : throw new InvalidOperationException("No test database was created yet.");
        return server.OwnerConnectionStringFor(new NpgsqlConnectionStringBuilder(appConnectionString).Database!, pooling: true);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed record Server(string AdminConnectionString, PostgresCluster? Cluster)
    {
        public string TemplateName { get; } = "casetracker_template_" + Guid.NewGuid().ToString("N")[..8];

        public string ConnectionStringFor(string database) =>
            new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true, Username = AppRole, Password = AppRolePassword }.ConnectionString;

        public string OwnerConnectionStringFor(string database, bool pooling) =>
            new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = pooling }.ConnectionString;
    }
}
