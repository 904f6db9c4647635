namespace CaseTracker.Web.Security;

/// <summary>
/// A read-only key to the JSON API that a user creates on their profile page. Only a SHA-256 hash of the
/// secret is stored; the secret is shown once. It works until it expires or its owner revokes it, and never
/// for a disabled account.
/// </summary>
public class PersonalAccessToken
{
    public const int NameLength = 100;

    public PersonalAccessToken(Guid userId, string name, byte[] hash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        UserId = userId;
        Name = name;
        Hash = hash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid UserId { get; private set; }

    public string Name { get; private set; }

    public byte[] Hash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
