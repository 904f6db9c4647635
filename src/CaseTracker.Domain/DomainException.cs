namespace CaseTracker.Domain;

/// <summary>
/// A broken domain rule. The web layer turns it into a message next to the form field it concerns,
/// so the message is written for the person entering data, not for a developer.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string message, string? field = null)
        : base(message) => Field = field;

    public DomainException()
    {
    }

    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The input field the rule is about, when there is one.</summary>
    public string? Field { get; }
}
