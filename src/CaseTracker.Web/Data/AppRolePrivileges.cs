using Npgsql;

namespace CaseTracker.Web.Data;

/// <summary>
/// What the application's own database role may do when the schema belongs to another role (the
/// <c>CaseTrackerOwner</c> connection string): read and write the tables, never alter them, and only
/// read and append the audit trail. As a non-owner it cannot drop or disable the audit triggers either.
/// Applied after every migration, so new tables are covered.
/// </summary>
public static class AppRolePrivileges
{
    public static async Task GrantAsync(NpgsqlConnection owner, string appRole, CancellationToken cancellationToken)
    {
        var role = QuoteIdentifier(appRole);
        var sql = $"""
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM {role};
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "__EFMigrationsHistory" FROM {role};
            """;
        await using var command = new NpgsqlCommand(sql, owner);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
