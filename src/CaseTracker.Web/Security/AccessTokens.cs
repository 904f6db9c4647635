using System.Security.Cryptography;
using System.Text;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Security;

/// <summary>Creating, finding and revoking personal access tokens (ADR 16).</summary>
public sealed class AccessTokens(CaseTrackerDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Marks the secret as ours, so a leaked one is recognisable (and secret scanners can match it).</summary>
    public const string Prefix = "ctk_";

    public static IReadOnlyList<int> LifetimeChoices { get; } = [7, 30, 90, 365];

    /// <summary>Creates a token and returns its secret, which exists nowhere else from then on.</summary>
    public async Task<string> CreateAsync(Guid userId, string name, int days, CancellationToken cancellationToken)
    {
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var token = new PersonalAccessToken(userId, name.Trim(), Hash(secret), now, now.AddDays(days));
        db.AccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditAction.AccessTokenCreated, nameof(PersonalAccessToken), token.Id, new { Days = days }, cancellationToken: cancellationToken);
        return secret;
    }

    /// <summary>Revokes one of the user's own tokens; false when they have none with that id.</summary>
    public async Task<bool> RevokeAsync(Guid userId, Guid tokenId, CancellationToken cancellationToken)
    {
        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken);
        if (token is null)
        {
            return false;
        }

        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditAction.AccessTokenRevoked, nameof(PersonalAccessToken), token.Id, cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>The active token with this secret, or null.</summary>
    public async Task<PersonalAccessToken?> FindActiveAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = Hash(secret);
        var token = await db.AccessTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        return token is not null && token.IsActiveAt(clock.GetUtcNow()) ? token : null;
    }

    /// <summary>Notes the last use at most once an hour, so reading the API does not mean a write per request.</summary>
    public Task NoteUseAsync(PersonalAccessToken token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return token.LastUsedAt is { } last && now - last < TimeSpan.FromHours(1)
            ? Task.CompletedTask
            : db.AccessTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
    }

    // The secret has 256 random bits, so a fast hash is enough: there is nothing to guess by brute force.
    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
