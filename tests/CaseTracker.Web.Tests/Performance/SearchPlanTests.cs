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
/// early, which is the right plan for it, so only the rare word is held to the index.
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
                         || CASE WHEN g = 4242 THEN ' quorvantelix' ELSE '' END,
                       'Alleged', DATE '2020-01-01' + g % 1000, DATE '2020-01-01' + g % 1000, 'Day', false
                FROM generate_series(1, 30000) g
                """, caseId);
            await db.Database.ExecuteSqlRawAsync("ANALYZE incidents");
            return 0;
        });
        _generated = true;
    }

    private async Task<string> ExplainAsync(NpgsqlBatchCommand page)
    {
        await using var connection = new NpgsqlConnection(app.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("EXPLAIN " + page.CommandText, connection);
        foreach (NpgsqlParameter parameter in page.Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
