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

    /// <summary>The message with {0}-style holes, so the web layer can translate it before filling them in.</summary>
    public string Template => _template ?? Message;

    /// <summary>What fills the template's holes (numbers, limits).</summary>
    public IReadOnlyList<object> Arguments { get; private init; } = [];

    private string? _template;

    /// <summary>A rule whose message carries numbers: "This can have at most {0} characters."</summary>
    public static DomainException Formatted(string template, string? field, params object[] arguments) =>
        new(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, arguments), field)
        {
            _template = template,
            Arguments = arguments,
        };
}
