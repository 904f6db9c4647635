namespace CaseTracker.Domain.Dates;

/// <summary>Why a typed date was not accepted. The web layer words each one for the person typing.</summary>
public enum PartialDateError
{
    None = 0,
    Empty,
    Unreadable,
    NoSuchDay,
    NoSuchMonth,
    YearOutOfRange,
    EndBeforeStart,
    Inconsistent,
}

public sealed class PartialDateException : DomainException
{
    public PartialDateException(PartialDateError error)
        : base($"Not a valid partial date: {error}") => Error = error;

    public PartialDateException()
    {
    }

    public PartialDateException(string message)
        : base(message)
    {
    }

    public PartialDateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PartialDateError Error { get; }
}
