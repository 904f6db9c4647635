using System.Net;
using CaseTracker.Web.Data;
using CaseTracker.Web.Tests.TestInfrastructure;
using Npgsql;

namespace CaseTracker.Web.Tests.Data;

/// <summary>
/// Issue 17, past one machine: with <c>ConnectionStrings:CaseTrackerRead</c> naming a streaming standby
/// first and the primary after it (prefer-standby), the search is answered by the standby (a change it
/// has not replayed yet is not found, and is once it has), and when the standby stops the same pages are
/// answered from the primary without an error.
/// </summary>
public class ReadReplicaTests
{
    private const string Database = "casetracker";

    [Fact]
    public async Task Searches_are_read_from_the_standby_and_from_the_primary_once_it_stops()
    {
        await using var primary = await PostgresCluster.StartNewAsync();
        await using var standby = await primary.StartStandbyAsync();
        await using var factory = new CaseTrackerFactory(primary.ConnectionString(Database));
        factory.Settings[$"ConnectionStrings:{ReplicaReads.ConnectionStringName}"] =
            $"Host={standby.Folder},{primary.Folder};Username=postgres;Database={Database};Target Session Attributes=prefer-standby;Timeout=5";
        await factory.WaitUntilReadyAsync();
        using var admin = await factory.ClientForAsync(Visitor.Admin);
        await CaughtUpAsync(primary, standby);

        // The standby stops replaying; a case is renamed on the primary.
        await ExecuteAsync(standby, "SELECT pg_wal_replay_pause()");
        await WaitAsync(standby, "SELECT pg_get_wal_replay_pause_state() = 'paused'", "the standby pauses its replay");
        var reference = await ScalarAsync<string>(primary, "SELECT min(reference) FROM cases");
        await ExecuteAsync(primary, $"UPDATE cases SET title = title || ' Zorblaxquint' WHERE reference = '{reference}'");

        var beforeReplay = await admin.GetStringAsync(new Uri("/Search?q=Zorblaxquint", UriKind.Relative));
        beforeReplay.ShouldNotContain(reference, customMessage: "the standby has not replayed the rename, so its search finds nothing");

        await ExecuteAsync(standby, "SELECT pg_wal_replay_resume()");
        await CaughtUpAsync(primary, standby);
        var afterReplay = await admin.GetStringAsync(new Uri("/Search?q=Zorblaxquint", UriKind.Relative));
        afterReplay.ShouldContain(reference, customMessage: "replayed, the standby finds the renamed case");

        await standby.StopAsync();
        using (var search = await admin.GetAsync(new Uri("/Search?q=Zorblaxquint", UriKind.Relative)))
        {
            search.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await search.Content.ReadAsStringAsync()).ShouldContain(reference, customMessage: "with the standby gone the primary answers");
        }

        using var statistics = await admin.GetAsync(new Uri("/Statistics?count-now=1", UriKind.Relative));
        statistics.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Until the standby has replayed all the primary has logged (inserted: the test cluster commits without waiting for the write).</summary>
    private static async Task CaughtUpAsync(PostgresCluster primary, PostgresCluster standby)
    {
        var target = await ScalarAsync<string>(primary, "SELECT pg_current_wal_insert_lsn()::text");
        await WaitAsync(standby, $"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn", "the standby replays the primary's changes");
    }

    private static async Task WaitAsync(PostgresCluster cluster, string condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await ScalarAsync<bool>(cluster, condition))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, what + " within 30 s");
            await Task.Delay(50);
        }
    }

    private static async Task ExecuteAsync(PostgresCluster cluster, string sql) => await ScalarAsync<object>(cluster, sql);

    private static async Task<T> ScalarAsync<T>(PostgresCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString(Database, pooling: false));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
