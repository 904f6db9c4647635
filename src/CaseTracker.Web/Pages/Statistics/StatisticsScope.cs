using System.Security.Cryptography;
using System.Text;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Npgsql;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>
/// The key of a kept statistics count: which restricted cases exist and which of them this reader may see
/// (every reader sees every standard case, CaseAccessSql), plus the filter. Two readers share a kept count
/// only when they see exactly the same cases; restricting a case, or assigning or unassigning a
/// caseworker, changes the key, so a kept count can never show a reader a case they may not see.
/// </summary>
public static class StatisticsScope
{
    private static readonly string Statement = $"""
        SELECT coalesce(string_agg(c.id::text || CASE WHEN {CaseAccessSql.MaySee} THEN '+' ELSE '-' END, ',' ORDER BY c.id), '')
        FROM cases c WHERE c.sensitivity <> 'Standard'
        """;

    public static async Task<string> KeyAsync(CaseTrackerDbContext db, CaseReader reader, StatisticsFilter filter, CancellationToken cancellationToken)
    {
        await using var raw = await RawConnection.OpenAsync(db, cancellationToken);
        await using var command = new NpgsqlCommand(Statement, raw.Connection);
        CaseAccessSql.AddParameters(command.Parameters, reader);
        var restricted = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        var text = string.Join('\n', restricted, filter.Country, filter.From?.ToEdtf(), filter.To?.ToEdtf());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
