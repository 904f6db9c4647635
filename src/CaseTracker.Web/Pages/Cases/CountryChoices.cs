using System.Security.Claims;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;

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

    public static Task<List<string>> LoadAsync(CaseTrackerDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ReadBatch.RunAsync<List<string>>(db, batch =>
        {
            var codes = AddTo(batch, user);
            return () => codes;
        }, cancellationToken);

    /// <summary>Adds the reader's countries to <paramref name="batch"/>, and the setting for the generic plan before them (it holds for the statements after it too).</summary>
    internal static List<string> AddTo(ReadBatch batch, ClaimsPrincipal user)
    {
        // Its plan is the same for every reader (the index in country order, each case's visibility checked
        // as it comes), but PostgreSQL planned it again on every list page (0.13-0.16 ms each) for the
        // reader's role given as parameters.
        batch.Add(GenericPlan.ForThisTransaction, _ => { }, _ => 0);
        return batch.Add(Statement, p => CaseAccessSql.AddParameters(p, user), r => r.GetString(0));
    }
}
