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
    /// <summary>The visible cases: id, reference, country_code, status.</summary>
    public const string VisibleCases = """
        SELECT c.id, c.reference, c.country_code, c.status FROM cases c
        WHERE (@admin OR c.sensitivity = 'Standard'
               OR (@caseworker AND EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = c.id AND a.user_id = @user)))
        """;

    public static void AddParameters(NpgsqlParameterCollection parameters, ClaimsPrincipal user)
    {
        parameters.AddWithValue("admin", user.SeesEveryCase());
        parameters.AddWithValue("caseworker", user.IsInRole(Roles.Caseworker));
        parameters.AddWithValue("user", NpgsqlDbType.Uuid, user.UserId());
    }
}
