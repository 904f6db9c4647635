using System.Security.Claims;
using Npgsql;
using NpgsqlTypes;

namespace CaseTracker.Web.Security;

/// <summary>
/// <see cref="CaseAccess"/> written in SQL, for the read models that query PostgreSQL directly (search,
/// statistics): the same rule, refusing by default. Use it as a CTE and add its parameters.
/// </summary>
public static class CaseAccessSql
{
    /// <summary>Whether the reader may see the case <c>c</c>.</summary>
    public static readonly string MaySee = MaySeeCase("c");

    /// <summary>
    /// Whether the reader may see the case of that alias, as a condition on the row: joined per candidate
    /// (a primary-key lookup each) rather than as a list of every visible case built first, which on
    /// 20,000 cases cost each search some 15 ms before it started (issue 17).
    /// </summary>
    public static string MaySeeCase(string alias) => $"""
        (@admin OR {alias}.sensitivity = 'Standard'
         OR (@caseworker AND EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = {alias}.id AND a.user_id = @user)))
        """;

    /// <summary>The visible cases: id, reference, country_code, status.</summary>
    public static readonly string VisibleCases = "SELECT c.id, c.reference, c.country_code, c.status FROM cases c WHERE " + MaySee;

    public static void AddParameters(NpgsqlParameterCollection parameters, ClaimsPrincipal user) => AddParameters(parameters, CaseReader.Of(user));

    public static void AddParameters(NpgsqlParameterCollection parameters, CaseReader reader)
    {
        parameters.AddWithValue("admin", reader.Admin);
        parameters.AddWithValue("caseworker", reader.Caseworker);
        parameters.AddWithValue("user", NpgsqlDbType.Uuid, reader.UserId);
    }
}

/// <summary>
/// What decides which cases a reader sees, apart from the request: for work done on the reader's behalf
/// later (a statistics recount in the background), when the signed-in principal is gone.
/// </summary>
public sealed record CaseReader(bool Admin, bool Caseworker, Guid UserId)
{
    public static CaseReader Of(ClaimsPrincipal user) => new(user.SeesEveryCase(), user.IsInRole(Roles.Caseworker), user.UserId());
}
