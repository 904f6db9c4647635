using CaseTracker.Bench.Generation;

namespace CaseTracker.Bench.Runner;

/// <summary>One line of issue 17's table: a page (or the create-incident form), as whom, at how many connections, and its p95 target in milliseconds (null: measured, no target).</summary>
internal sealed record Scenario(string Name, string Path, string Account, int? TargetP95, int Connections = 16, bool CreatesIncident = false);

/// <summary>The ids a scenario needs from the generated database.</summary>
internal sealed record ScenarioIds(Guid TypicalCase, Guid WrittenCase, Guid BigCase, Guid Person, string DeepReference);

internal static class Scenarios
{
    public static IReadOnlyList<Scenario> For(ScenarioIds ids)
    {
        var rare = Words.Rare(7);
        return
        [
            new("search, rare word", $"/Search?q={rare}", "researcher", 100),
            new("search, rare word (admin)", $"/Search?q={rare}", "admin", 100),
            new("search, word in a fifth", "/Search?q=threatened", "researcher", 100),
            new("search, word in 99 %", $"/Search?q={Words.Everywhere}", "researcher", 100),
            new("search, word in 99 % (admin)", $"/Search?q={Words.Everywhere}", "admin", 100),
            new("search, two words", "/Search?q=detained+summoned", "researcher", 100),
            new("search, phrase", "/Search?q=%22officers+detained%22", "researcher", 100),
            new("search, no hits", "/Search?q=nothingmatchesthis", "researcher", 100),
            new("search API, rare word", $"/api/v1/search?q={rare}", "researcher", 100),
            new("search API, word in 99 %", $"/api/v1/search?q={Words.Everywhere}", "researcher", 100),
            new("name search, Latin", "/Search?q=Gennadii", "researcher", 50),
            new("name search, Cyrillic", "/Search?q=%D0%93%D0%B5%D0%BD%D0%BD%D0%B0%D0%B4%D0%B8%D0%B9", "researcher", 50),
            new("statistics", "/Statistics", "researcher", 200),
            new("statistics API", "/api/v1/statistics", "researcher", 200),
            new("statistics (admin)", "/Statistics", "admin", 200),
            new("case list, first page", "/Cases", "researcher", 50),
            new("case list, first page (admin)", "/Cases", "admin", 50),
            new("case list, deep page", $"/Cases?after={ids.DeepReference}", "researcher", 50),
            new("case list, filtered", "/Cases?status=Open&country=KG", "researcher", 50),
            new("case page, typical", $"/Cases/Details/{ids.TypicalCase}", "researcher", 75),
            new("case page, 2,000 entries", $"/Cases/Details/{ids.BigCase}", "researcher", 75),
            new("timeline, 2,000 entries", $"/Cases/{ids.BigCase}/Timeline", "researcher", 150, Connections: 8),
            new("timeline, typical", $"/Cases/{ids.TypicalCase}/Timeline", "researcher", 30),
            new("people list", "/People", "researcher", 50),
            new("people list (admin)", "/People", "admin", 50),
            new("person page", $"/People/Details/{ids.Person}", "researcher", 75),
            new("create an incident (form and save)", $"/Incidents/Create/{ids.WrittenCase}", "caseworker", 100, CreatesIncident: true),
            new("audit trail", "/Audit", "admin", null),
            new("signed-in form, no data (the floor every page pays)", "/Account/ChangePassword", "researcher", null),
            new("export: case CSV, 2,000 entries", $"/Cases/Details/{ids.BigCase}?handler=Csv", "researcher", null),
            new("export: case JSON, 2,000 entries", $"/Cases/Details/{ids.BigCase}?handler=Json", "researcher", null),
            new("export: timeline CSV, 2,000 entries", $"/Cases/{ids.BigCase}/Timeline?handler=Csv", "researcher", null),
        ];
    }
}
