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

    /// <summary>The date begins after today.</summary>
    AfterToday,

    /// <summary>A time of day was given for something that is not one day.</summary>
    TimeWithoutDay,

    /// <summary>"reportedly", "allegedly": how sure a source is belongs to verification, not the date.</summary>
    VerificationWord,

    /// <summary>A day and month without a year ("13 March").</summary>
    NeedsYear,

    /// <summary>An open end where the record needs both ends known (a complaint's filing cannot be ongoing).</summary>
    OpenEndNotAllowed,

    /// <summary>"a week later" with no entry named to count from.</summary>
    NeedsEntry,

    /// <summary>A date that ends before the entry it is said to come after begins.</summary>
    BeforeEntry,
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
