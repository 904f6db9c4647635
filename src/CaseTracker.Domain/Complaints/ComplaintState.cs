namespace CaseTracker.Domain.Complaints;

/// <summary>Derived, never typed in. Silence is data: no response record is needed to say nothing came.</summary>
public enum ComplaintStatus
{
    AwaitingReply,
    Overdue,

    /// <summary>The reply was due after the last day anyone knows it was unanswered: nobody knows whether it came.</summary>
    NoNewsSinceDue,
    Answered,
    Closed,
}

/// <summary>
/// Where a complaint stands on a given day. <see cref="DaysOfSilence"/> counts from the (latest possible)
/// filing day while nothing has come back, <see cref="DaysOverdue"/> from the due date: both to today when
/// the silence is known recently, else only to <see cref="KnownAsOf"/> (see <see cref="SilenceReckoning"/>).
/// </summary>
public sealed record ComplaintState(
    ComplaintStatus Status,
    DateOnly DueOn,
    int? DaysLeft = null,
    int? DaysOfSilence = null,
    int? DaysOverdue = null,
    Guid? LatestOutcomeId = null,
    Guid? LatestResponseId = null,
    DateOnly? KnownAsOf = null);
