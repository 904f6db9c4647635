namespace CaseTracker.Web.Security;

/// <summary>
/// How many sign-in attempts one client made in one minute, kept in PostgreSQL so that every app
/// instance counts the same attempts. The client is kept as a hash of its address, not the address.
/// </summary>
public sealed class SignInAttemptWindow
{
    public required byte[] ClientHash { get; init; }

    public DateTimeOffset WindowStart { get; init; }

    public int Attempts { get; init; }
}
