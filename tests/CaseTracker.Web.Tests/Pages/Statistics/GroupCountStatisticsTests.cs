using System.Text.Json;
using CaseTracker.Domain.Groups;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Statistics;

/// <summary>
/// People are counted in SQL (GroupCountSql) and per incident in C# (GroupCount.PeopleWith). Over a
/// hand-counted fixture of named victims and groups of every kind (exact, at least, about, the named
/// among them or besides them, more named than counted), statistics give the records and the people
/// apart, the sums counted by hand, and the same sums as the domain rule gives incident by incident.
/// </summary>
public sealed class GroupCountStatisticsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task People_affected_are_summed_by_hand_and_by_the_domain_rule_alike_and_records_stay_apart()
    {
        Guid caseId;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("Group counts fixture", country: "EE");
            var people = Enumerable.Range(1, 3).Select(n => records.Person(caseFile, $"Counted person {n}").Id).ToList();
            void Add(string date, int named, GroupCount? group)
            {
                var incident = records.Incident(caseFile, date);
                incident.SetVictims(people.Take(named));
                incident.ConcernsGroup(group);
            }

            Add("2019", 2, null);                                                              // 2
            Add("March 2019", 1, new GroupCount(30, CountQualifier.AtLeast, "students", true)); // 30, not exact
            Add("10 May 2019", 2, new GroupCount(12, CountQualifier.Exactly, "cellmates", false)); // 14
            Add("2020", 0, new GroupCount(150, CountQualifier.About, "killed", true));          // 150, not exact
            Add("June 2020", 3, new GroupCount(2, CountQualifier.Exactly, "relatives", true));  // 3: more named than counted
            await records.SaveAsync();
            caseId = caseFile.Id;
        }

        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        using var statistics = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/v1/statistics?country=EE", UriKind.Relative)));
        var byYear = statistics.RootElement.GetProperty("peopleByYear").EnumerateArray()
            .ToDictionary(y => y.GetProperty("year").GetInt32(), y => (Incidents: y.GetProperty("incidents").GetInt32(), People: y.GetProperty("people").GetInt32(), Estimated: y.GetProperty("estimatedCounts").GetInt32()));
        byYear.ShouldBe(new Dictionary<int, (int, int, int)> { [2019] = (3, 46, 1), [2020] = (2, 153, 1) });

        var incidents = await app.Factory.QueryAsync(db => db.Incidents.Where(i => i.CaseId == caseId).ToListAsync());
        var byDomainRule = incidents.GroupBy(i => i.Date.SortDay.Year).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(i => i.PeopleAffected)); // rows come in no set order
        byDomainRule.ShouldBe(byYear.ToDictionary(y => y.Key, y => y.Value.People), "SQL and the domain rule agree");

        var page = await admin.GetPageAsync("/Statistics?country=EE");
        page.QuerySelectorAll("table.people-by-year tbody tr").Select(r => r.TextContent.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList())
            .ShouldBe([["2019", "3", "46", "1"], ["2020", "2", "153", "1"]]);
    }
}
