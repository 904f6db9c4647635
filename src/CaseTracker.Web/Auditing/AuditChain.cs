using System.Security.Cryptography;
using System.Text;
using CaseTracker.Web.Data;
using Npgsql;

namespace CaseTracker.Web.Auditing;

/// <summary>
/// Walks the audit trail in order and recomputes every link: each row must carry the hash of the row
/// before it, and its own hash must be SHA-256 of that and of its fields. Names the first row that fails.
/// </summary>
public sealed class AuditChain(CaseTrackerDbContext db)
{
    public sealed record Verification(long Checked, long? FirstBrokenId, string? Reason)
    {
        public bool Intact => FirstBrokenId is null;
    }

    public async Task<Verification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var raw = await RawConnection.OpenAsync(db, cancellationToken);
        var connection = raw.Connection;
        await using var command = new NpgsqlCommand("SELECT a.id, a.previous_hash, a.hash, audit_payload(a) FROM audit_entries a ORDER BY a.id", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var expectedPrevious = Array.Empty<byte>();
        long count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            var previous = reader.GetFieldValue<byte[]>(1);
            var hash = reader.GetFieldValue<byte[]>(2);
            if (!previous.AsSpan().SequenceEqual(expectedPrevious))
            {
                return new Verification(count, id, "previous");
            }

            if (!SHA256.HashData([.. previous, .. Encoding.UTF8.GetBytes(reader.GetString(3))]).AsSpan().SequenceEqual(hash))
            {
                return new Verification(count, id, "content");
            }

            expectedPrevious = hash;
            count++;
        }

        return new Verification(count, null, null);
    }
}
