using System.Net;
using CaseTracker.Web.Operations;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseTracker.Web.Tests.Infrastructure;

/// <summary>
/// The operator's drill: a database filled through the app is backed up with the backup command and
/// restored with the restore command into a fresh database of another PostgreSQL cluster. Every table
/// must come back with the same rows (count and a checksum of their content), the audit chain intact,
/// and a session opened before the backup must still open a case on the restored copy.
/// </summary>
public sealed class BackupRestoreDrillTests : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("casetracker-backup-").FullName;

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_backup_restores_into_another_cluster_with_every_row_an_intact_audit_chain_and_open_sessions()
    {
        await using var source = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        await source.WaitUntilReadyAsync();
        var session = await SessionCookieAsync(source);
        var caseId = await CreateCaseThroughTheFormAsync(source);
        var sourceOwner = TestDatabases.OwnerOf(source.ConnectionString);
        var before = await FingerprintAsync(sourceOwner);

        var output = new StringWriter();
        (await BackupCommand.RunAsync(source.Services, ["backup", _folder], output)).ShouldBe(0, output.ToString());
        var file = Directory.GetFiles(_folder, "casetracker-*.dump").ShouldHaveSingleItem();

        await using var other = await PostgresCluster.StartNewAsync();
        await ExecuteAsync(other.ConnectionString("postgres", pooling: false), "CREATE DATABASE restored");
        var owner = other.ConnectionString("restored", pooling: false);
        var app = new NpgsqlConnectionStringBuilder(owner) { Username = TestDatabases.AppRole }.ConnectionString;
        await using (var restorer = OnRestored(app, owner, "Production"))
        {
            var restored = new StringWriter();
            (await RestoreCommand.RunAsync(restorer.Services, ["restore", file], restored)).ShouldBe(0, restored.ToString());
            restored.ToString().ShouldContain("chain intact");
            restored.ToString().ShouldContain($"Created the app's database role '{TestDatabases.AppRole}'");

            var refused = new StringWriter();
            (await RestoreCommand.RunAsync(restorer.Services, ["restore", file], refused)).ShouldBe(1, "the target is no longer empty");
            refused.ToString().ShouldContain("not empty");
        }

        var after = await FingerprintAsync(owner);
        after.Keys.ShouldBe(before.Keys, ignoreOrder: true);
        foreach (var (table, fingerprint) in before)
        {
            after[table].ShouldBe(fingerprint, table);
        }

        before["persons"].ShouldNotStartWith("0 ", customMessage: "the people came back");

        // The app on the restored copy, as after moving to the new server: the old session opens the new case.
        await using var restoredApp = OnRestored(app, owner, "Development");
        await restoredApp.WaitUntilReadyAsync();
        using var client = restoredApp.CreateClientWithoutRedirects();
        client.DefaultRequestHeaders.Add("Cookie", session);
        using var page = await client.GetAsync(new Uri($"/Cases/Details/{caseId}", UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Drill case (fictional)");
    }

    private static CaseTrackerFactory OnRestored(string app, string owner, string environment)
    {
        var factory = new CaseTrackerFactory(app, environment);
        factory.Settings["ConnectionStrings:CaseTrackerOwner"] = owner;
        return factory;
    }

    /// <summary>The caseworker's session cookie ("name=value"), from a real sign-in.</summary>
    private static async Task<string> SessionCookieAsync(CaseTrackerFactory factory)
    {
        using var client = factory.CreateClientWithoutRedirects();
        using var signedIn = await client.SignInAsync(SignedInClients.Caseworker, CaseTrackerFactory.DemoPassword);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CaseTracker.Session=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static async Task<Guid> CreateCaseThroughTheFormAsync(CaseTrackerFactory factory)
    {
        using var client = await factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await client.GetPageAsync("/Cases/Create");
        using var created = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Drill case (fictional)",
            ["Input.CountryCode"] = "KG",
        });
        created.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/Cases/Details/");
        return await factory.QueryAsync(db => db.Cases.Where(c => c.Title == "Drill case (fictional)").Select(c => c.Id).SingleAsync());
    }

    /// <summary>Every table's row count and an MD5 of all its rows as text, in a fixed order.</summary>
    private static async Task<Dictionary<string, string>> FingerprintAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') FROM public.\"{table}\" t", connection);
            fingerprints[table] = (string)(await command.ExecuteScalarAsync())!;
        }

        return fingerprints;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
