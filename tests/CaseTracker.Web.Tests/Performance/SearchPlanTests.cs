using System.Security.Claims;
using CaseTracker.Web.Pages.Search;
using CaseTracker.Web.Security;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Npgsql;

namespace CaseTracker.Web.Tests.Performance;

/// <summary>
/// A guard for issue 17, not a timing: on 30,000 generated incidents the search statement the page runs
/// looks a rare word up in the full-text index, as a researcher and as an admin (the visibility rule must
/// not turn it into a scan of every incident). A word in nearly every row may be read by a scan that stops
/// early, which is the right plan for it, so only the rare word is held to the index; a phrase of common
/// words found in few rows is held to the index of word pairs (ADR 34).
/// </summary>
public class SearchPlanTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData(Roles.Researcher)]
    [InlineData(Roles.Admin)]
    public async Task A_rare_word_is_looked_up_in_the_index_not_by_reading_every_incident(string role)
    {
        await GenerateIncidentsAsync();
        var criteria = SearchCriteria.Read(new QueryCollection(new Dictionary<string, StringValues> { ["q"] = "quorvantelix" }));
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Role, role)], "test"));
        var page = SearchRows.PageCommand(criteria, user, 20);

        var plan = await ExplainAsync(page);

        plan.ShouldContain("ix_incidents_search_document", customMessage: plan);
        plan.ShouldNotContain("Seq Scan on incidents", customMessage: plan);
    }

    [Fact]
    public async Task Words_in_most_rows_are_read_by_a_scan_that_stops_and_a_rare_word_by_the_index()
    {
        await GenerateIncidentsAsync();
        await using var connection = new NpgsqlConnection(app.Factory.ConnectionString);
        await connection.OpenAsync();
        var statistics = await new WordStatistics(TimeProvider.System).ReadAsync(connection, CancellationToken.None);

        var common = SearchCriteria.Read(new QueryCollection(Query("officers defender")));
        var tsq = await TsQueryAsync(connection, "officers defender");
        var ways = Ways(statistics, tsq);

        (ways.ScanMask & IncidentsBit).ShouldNotBe(0, $"words in every generated incident are read by a scan ({tsq})");
        Ways(statistics, await TsQueryAsync(connection, "quorvantelix")).ShouldBe(SearchWays.ByIndex, "a rare word is asked of the index in every kind");

        var plan = await ExplainAsync(SearchRows.PageCommand(common, User(Roles.Researcher), 20, ways));

        plan.ShouldContain("Seq Scan on incidents", customMessage: plan);
        plan.ShouldNotContain("ix_incidents_search_document", customMessage: plan);
    }

    [Theory]
    [InlineData(Roles.Researcher)]
    [InlineData(Roles.Admin)]
    public async Task A_phrase_of_common_words_found_in_few_rows_is_looked_up_by_its_pairs(string role)
    {
        await GenerateIncidentsAsync();
        await using var connection = new NpgsqlConnection(app.Factory.ConnectionString);
        await connection.OpenAsync();
        var statistics = await new WordStatistics(TimeProvider.System).ReadAsync(connection, CancellationToken.None);

        // Both words are in every generated incident or a quarter of them; side by side in one in fifty.
        var tsq = await TsQueryAsync(connection, Phrase);
        var ways = Ways(statistics, tsq);
        ways.ScanMask.ShouldBe(0, $"{tsq}; pairs statistics of {string.Join(", ", statistics.Pairs.Keys)}; {statistics.Tables["incidents"].Estimate(tsq, statistics.Pairs.TryGetValue("incidents", out var p) ? p.Share : null)}");
        ways.Pairs.ShouldNotBeNull();

        var plan = await ExplainAsync(SearchRows.PageCommand(SearchCriteria.Read(new QueryCollection(Query(Phrase))), User(role), 20, ways));

        plan.ShouldContain(WordPairs.IndexName("incidents"), customMessage: plan);
        plan.ShouldNotContain("Seq Scan on incidents", customMessage: plan);
        plan.ShouldNotContain("ix_incidents_search_document", customMessage: plan);
    }

    private const string Phrase = "\"summoned officers\"";

    [Theory]
    [InlineData("quorvantelix", null)]
    [InlineData("searched court", null)]
    [InlineData("searched court", "Alleged")]
    [InlineData(Phrase, null)]
    public async Task The_scan_and_the_indexes_find_the_same_hits(string words, string? verification)
    {
        await GenerateIncidentsAsync();
        var query = Query(words);
        if (verification is not null)
        {
            query["verification"] = verification;
        }

        var criteria = SearchCriteria.Read(new QueryCollection(query));
        var user = User(Roles.Researcher);

        // 30,000 rows hold "searched" and "court" together in 2,500: both ways count past the cap, and a
        // rare word the same one hit. The export's size takes every candidate, so the sets compare whole.
        var byIndex = await HitIdsAsync(SearchRows.PageCommand(criteria, user, 5000, SearchWays.ByIndex));
        var byScan = await HitIdsAsync(SearchRows.PageCommand(criteria, user, 5000, new SearchWays((1 << SearchRows.WordTables.Length) - 1, null)));

        byScan.Count.ShouldBe(byIndex.Count);
        byScan.ShouldBe(byIndex, ignoreOrder: true);
        byIndex.Count.ShouldBeGreaterThan(0);

        // A phrase also by its pairs (600 rows hold this one).
        await using var connection = new NpgsqlConnection(app.Factory.ConnectionString);
        await connection.OpenAsync();
        var pairs = TsQueryNode.Parse(await TsQueryAsync(connection, words)) is { } tsquery ? WordPairs.Filter(tsquery) : null;
        (pairs is not null).ShouldBe(words == Phrase, "only the phrase restricts pairs");
        if (pairs is not null)
        {
            var byPairs = await HitIdsAsync(SearchRows.PageCommand(criteria, user, 5000, new SearchWays(0, pairs)));
            byPairs.ShouldBe(byIndex, ignoreOrder: true);
        }
    }

    private static readonly int IncidentsBit = 1 << Array.IndexOf(SearchRows.WordTables, "incidents");

    private static SearchWays Ways(WordStatistics.Snapshot statistics, string tsquery) => statistics.Ways(tsquery, SearchRows.CountCap + 1);

    private static Dictionary<string, StringValues> Query(string words) => new() { ["q"] = words };

    private static ClaimsPrincipal User(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Role, role)], "test"));

    private static Task<string> TsQueryAsync(NpgsqlConnection connection, string words) => SearchRows.TsQueryTextAsync(connection, words, CancellationToken.None);

    private async Task<List<Guid>> HitIdsAsync(NpgsqlBatchCommand page)
    {
        await using var connection = new NpgsqlConnection(app.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = CommandOf(page, "", connection);

        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (!reader.IsDBNull(reader.GetOrdinal("id")))
            {
                ids.Add(reader.GetGuid(reader.GetOrdinal("id")));
            }
        }

        return ids;
    }

    private static bool _generated;

    private async Task GenerateIncidentsAsync()
    {
        if (_generated)
        {
            return;
        }

        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        await app.Factory.QueryAsync(async db =>
        {
            // Words from a small pool, so each is in many rows; the rare word is in one.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO incidents (id, case_id, title, narrative, verification, date_earliest, date_latest, date_precision, date_approximate)
                SELECT gen_random_uuid(), {0}, 'Generated incident ' || g,
                       'officers ' || (ARRAY['detained', 'searched', 'threatened', 'summoned'])[1 + g % 4] || ' the defender at ' || (ARRAY['home', 'office', 'court'])[1 + g % 3]
                         || CASE WHEN g = 4242 THEN ' quorvantelix' ELSE '' END || CASE WHEN g % 50 = 0 THEN ' summoned officers' ELSE '' END,
                       'Alleged', DATE '2020-01-01' + g % 1000, DATE '2020-01-01' + g % 1000, 'Day', false
                FROM generate_series(1, 30000) g
                """, caseId);
            return 0;
        });

        // As the owner: the app's role may not analyze, and without statistics every search asks the index.
        await using (var owner = new NpgsqlConnection(TestDatabases.OwnerOf(app.Factory.ConnectionString)))
        {
            await owner.OpenAsync();
            await using var analyze = new NpgsqlCommand("ANALYZE incidents", owner);
            await analyze.ExecuteNonQueryAsync();
        }

        _generated = true;
    }

    private async Task<string> ExplainAsync(NpgsqlBatchCommand page)
    {
        await using var connection = new NpgsqlConnection(app.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var setting in SearchRows.Settings(5000))
        {
            await using var set = new NpgsqlCommand(setting, connection, transaction);
            await set.ExecuteNonQueryAsync();
        }

        await using var command = CommandOf(page, "EXPLAIN ", connection, transaction);

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    /// <summary>The page's statement (after <paramref name="prefix"/>) as a command of its own, with copies of its parameters.</summary>
    private static NpgsqlCommand CommandOf(NpgsqlBatchCommand page, string prefix, NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        var command = new NpgsqlCommand(prefix + page.CommandText, connection, transaction);
        foreach (NpgsqlParameter parameter in page.Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        return command;
    }
}
