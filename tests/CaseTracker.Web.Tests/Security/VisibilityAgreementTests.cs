using System.Security.Claims;
using CaseTracker.Domain.Cases;
using CaseTracker.Web.Security;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseTracker.Web.Tests.Security;

/// <summary>
/// Case visibility is written twice: as the EF filter every page starts from (CaseAccess) and as SQL for
/// search and statistics (CaseAccessSql). For every role, over standard, assigned and unassigned
/// restricted cases, the two let the same cases through.
/// </summary>
public sealed class VisibilityAgreementTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_EF_filter_and_the_SQL_rule_let_every_role_see_the_same_cases()
    {
        var assigned = await app.Factory.CreateUserAsync($"cw-{Guid.NewGuid():N}@example.org", "a long passphrase 4 visibility", Roles.Caseworker);
        Guid[] fixture;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var standard = records.Case("Standard");
            var restrictedAssigned = records.Case("Restricted, assigned", sensitivity: Sensitivity.Restricted);
            restrictedAssigned.Assign(assigned.Id);
            var restrictedOther = records.Case("Restricted, not assigned", sensitivity: Sensitivity.Restricted);
            await records.SaveAsync();
            fixture = [standard.Id, restrictedAssigned.Id, restrictedOther.Id];
        }

        var users = new (string Name, ClaimsPrincipal User, int Expected)[]
        {
            ("admin", Principal(Guid.NewGuid(), Roles.Admin), 3),
            ("assigned caseworker", Principal(assigned.Id, Roles.Caseworker), 2),
            ("other caseworker", Principal(Guid.NewGuid(), Roles.Caseworker), 1),
            ("researcher", Principal(Guid.NewGuid(), Roles.Researcher), 1),
            ("no role", Principal(Guid.NewGuid()), 1),
        };
        foreach (var (name, user, expected) in users)
        {
            var byEf = await app.Factory.QueryAsync(db => db.Cases.VisibleTo(user).Where(c => fixture.Contains(c.Id)).Select(c => c.Id).ToListAsync());
            var bySql = await VisibleBySqlAsync(user, fixture);

            bySql.ShouldBe(byEf, ignoreOrder: true, name);
            byEf.Count.ShouldBe(expected, name);
        }
    }

    private static ClaimsPrincipal Principal(Guid id, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString()), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    private async Task<List<Guid>> VisibleBySqlAsync(ClaimsPrincipal user, Guid[] among)
    {
        await using var connection = new NpgsqlConnection(app.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT v.id FROM ({CaseAccessSql.VisibleCases}) v WHERE v.id = ANY(@among)", connection);
        CaseAccessSql.AddParameters(command.Parameters, user);
        command.Parameters.AddWithValue("among", among);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
