using System.Text.RegularExpressions;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Npgsql;

namespace CaseTracker.Web.Tests.Performance;

/// <summary>
/// Guards of issue 17, on what the pages send to PostgreSQL (not on timings): each page costs the same
/// number of SQL commands for a small file and for one ten times larger; no page pages with OFFSET (only
/// the planner fence <c>OFFSET 0</c>); no page counts rows without a bound, except the statistics, whose
/// counts are kept when slow (ADR 17).
/// </summary>
public sealed partial class PageQueryGuardTests : IAsyncLifetime
{
    private CaseTrackerFactory _factory = null!;
    private SqlCommandLog _log = null!;

    public async Task InitializeAsync()
    {
        _factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        _log = new SqlCommandLog(new NpgsqlConnectionStringBuilder(_factory.ConnectionString).Database!);
        await _factory.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        _log.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Pages_cost_the_same_commands_for_a_small_and_a_large_file_without_offset_or_unbounded_counts()
    {
        var small = await AddCaseAsync("Guard small", 5);
        var large = await AddCaseAsync("Guard large", 60);
        using var admin = await _factory.ClientForAsync(Visitor.Admin);

        string[][] pairs =
        [
            [$"/Cases/Details/{small.CaseId}", $"/Cases/Details/{large.CaseId}"],
            [$"/Cases/{small.CaseId}/Timeline", $"/Cases/{large.CaseId}/Timeline"],
            [$"/People/Details/{small.PersonId}", $"/People/Details/{large.PersonId}"],
            [$"/api/v1/cases/{small.CaseId}", $"/api/v1/cases/{large.CaseId}"],
            ["/Search?q=Guardsmall", "/Search?q=Guardlarge"],
            ["/Cases", "/Cases?after=KG"],
            ["/People", "/People?q=Guard"],
            ["/Audit", "/Audit?kind=Incident"],
            ["/Statistics?country=KG", "/Statistics"],
        ];
        var everything = new List<(string Page, string Sql)>();
        foreach (var pair in pairs)
        {
            var counts = new List<int>();
            foreach (var page in pair)
            {
                await admin.GetPageAsync(page); // once for the app's first-use work (caches, prepared statements)
                _log.Reset();
                await admin.GetPageAsync(page);
                counts.Add(_log.Count);
                everything.AddRange(_log.Statements.Select(sql => (page, sql)));
            }

            counts[0].ShouldBeGreaterThan(0, $"the log sees {pair[0]}'s commands");
            counts[1].ShouldBe(counts[0], $"{pair[0]} and {pair[1]} send as many commands (a fixed number, whatever the size)");
        }

        everything.ShouldContain(s => s.Sql.Contains("OFFSET 0", StringComparison.Ordinal), "the log reads each statement's text (the search's fences are in it)");
        everything.ShouldContain(s => CountCall().IsMatch(s.Sql) && s.Page.StartsWith("/Search", StringComparison.Ordinal), "the search's capped count is seen, and passes");
        everything.Where(s => Offset().IsMatch(s.Sql)).Select(s => s.Page).ShouldBeEmpty("no page pages with OFFSET");
        everything.Where(s => !s.Page.StartsWith("/Statistics", StringComparison.Ordinal) && UnboundedCount(s.Sql)).Select(s => $"{s.Page}: {s.Sql[..Math.Min(160, s.Sql.Length)]}")
            .ShouldBeEmpty("no page counts rows without a bound");
    }

    /// <summary>A count(*) over rows with no LIMIT anywhere in its statement (a count capped by a limited subquery passes).</summary>
    private static bool UnboundedCount(string sql) => CountCall().IsMatch(sql) && !sql.Contains("LIMIT", StringComparison.OrdinalIgnoreCase);

    private async Task<(Guid CaseId, Guid PersonId)> AddCaseAsync(string title, int incidents)
    {
        await using var records = await RecordBuilder.StartAsync(_factory);
        var file = records.Case(title, "KG");
        var person = records.Person(file, title.Replace(" ", "", StringComparison.Ordinal) + " Person");
        var institution = records.Institution();
        for (var n = 1; n <= incidents; n++)
        {
            records.Incident(file, $"{1 + (n % 28)} March 2020", title.Replace(" ", "", StringComparison.Ordinal) + " incident " + n);
            records.Complaint(file, institution, $"{1 + (n % 28)} April 2020");
        }

        await records.SaveAsync();
        return (file.Id, person.Id);
    }

    [GeneratedRegex(@"\bOFFSET\s+(?!0\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Offset();

    [GeneratedRegex(@"\bcount\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex CountCall();
}
