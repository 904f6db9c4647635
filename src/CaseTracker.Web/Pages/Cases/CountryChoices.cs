using System.Security.Claims;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Npgsql;

namespace CaseTracker.Web.Pages.Cases;

/// <summary>
/// The countries of the cases a reader may see, for the country filters of the case list, search and
/// statistics. Read as a loose index scan (one index probe per country, ix_cases_country_code, which leads with the country) rather than
/// DISTINCT over every case, which read all 20,000 cases on each list page (issue 17); a country whose
/// every case is hidden from the reader is not offered.
/// </summary>
public static class CountryChoices
{
    private static readonly string Statement = $"""
        WITH RECURSIVE country(code) AS (
          (SELECT c.country_code FROM cases c WHERE {CaseAccessSql.MaySee} ORDER BY c.country_code LIMIT 1)
          UNION ALL
          SELECT (SELECT c.country_code FROM cases c WHERE c.country_code > country.code AND {CaseAccessSql.MaySee} ORDER BY c.country_code LIMIT 1)
          FROM country WHERE country.code IS NOT NULL
        )
        SELECT code FROM country WHERE code IS NOT NULL
        """;

    public static async Task<IReadOnlyList<string>> LoadAsync(CaseTrackerDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var raw = await RawConnection.OpenAsync(db, cancellationToken);
        await using var batch = new NpgsqlBatch(raw.Connection);

        // Its plan is the same for every reader (the index in country order, each case's visibility checked
        // as it comes), but PostgreSQL planned it again on every list page (0.13-0.16 ms each) for the
        // reader's role given as parameters.
        batch.BatchCommands.Add(new NpgsqlBatchCommand(GenericPlan.ForThisTransaction));
        var choices = new NpgsqlBatchCommand(Statement);
        CaseAccessSql.AddParameters(choices.Parameters, user);
        batch.BatchCommands.Add(choices);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var codes = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }
}
