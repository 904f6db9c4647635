using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Security;

/// <summary>Runs only after the rest of the suite, when ./test.sh names the log the suite wrote.</summary>
public sealed class AfterSuiteFactAttribute : FactAttribute
{
    public const string Variable = "CASETRACKER_SCAN_SUITE_LOG";

    public AfterSuiteFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Runs after the whole suite: ./test.sh sets {Variable}.";
        }
    }
}

/// <summary>
/// After the whole suite: the log every app wrote (production's JSON lines and levels) holds no seeded
/// person's name or other name, no place of a seeded incident, no account e-mail and no password any test
/// typed. Logs carry ids; names and places in a log file end up wherever logs are shipped.
/// </summary>
[Trait("Category", "AfterSuite")]
public class SuiteLogScanTests
{
    /// <summary>Shorter values (initials, "Osh") would match ordinary words; every seeded name is longer.</summary>
    private const int ShortestNeedle = 4;

    [AfterSuiteFact]
    public async Task No_line_of_the_suite_log_contains_a_seeded_name_place_email_or_password()
    {
        var logPath = Environment.GetEnvironmentVariable(AfterSuiteFactAttribute.Variable)!;
        File.Exists(logPath).ShouldBeTrue($"{logPath} was written by the suite");
        var lines = await File.ReadAllLinesAsync(logPath);
        lines.Length.ShouldBeGreaterThan(1000, "the suite logged at production levels");
        lines.ShouldContain(l => l.Contains("\"HTTP {RequestMethod:l} {Route:l} responded", StringComparison.Ordinal), "request lines are in the log");

        var needles = (await SeededNamesAndPlacesAsync())
            .Concat(File.Exists(SuiteLog.SecretsPath(logPath)) ? await File.ReadAllLinesAsync(SuiteLog.SecretsPath(logPath)) : [])
            .Concat([CaseTrackerFactory.DemoPassword, RestrictedCaseVisitors.UnassignedPassword, "@casetracker.local", "@example.org"])
            .Where(n => n.Trim().Length >= ShortestNeedle)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        needles.Count.ShouldBeGreaterThan(10);

        var found = lines
            .SelectMany((line, number) => needles.Where(n => line.Contains(n, StringComparison.OrdinalIgnoreCase)).Select(n => $"line {number + 1}: \"{n}\" in {Shorten(line)}"))
            .Take(20)
            .ToList();
        found.ShouldBeEmpty();
    }

    private static string Shorten(string line) => line.Length <= 300 ? line : line[..300] + "...";

    /// <summary>Names, other names and places as the demo seeding writes them, read from a freshly seeded database.</summary>
    private static async Task<List<string>> SeededNamesAndPlacesAsync()
    {
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        await factory.WaitUntilReadyAsync();
        return await factory.QueryAsync(async db =>
        {
            var people = await db.Persons.Select(p => new { p.Name, p.OtherNames }).ToListAsync();
            var places = await db.Incidents.Where(i => i.Place != null).Select(i => i.Place!).Distinct().ToListAsync();
            return people.SelectMany(p => p.OtherNames.Prepend(p.Name)).Concat(places).ToList();
        });
    }
}
