namespace CaseTracker.Domain.Complaints;

/// <summary>Derived, never typed in. Silence is data: no response record is needed to say nothing came.</summary>
public enum ComplaintStatus
{
    AwaitingReply,
    Overdue,
    Answered,
    Closed,
}

/// <summary>
/// Where a complaint stands on a given day. <see cref="DaysOfSilence"/> counts from the (latest possible)
/// filing day to today while nothing has come back; <see cref="DaysOverdue"/> from the due date.
/// </summary>
public sealed record ComplaintState(
    ComplaintStatus Status,
    DateOnly DueOn,
    int? DaysLeft = null,
    int? DaysOfSilence = null,
    int? DaysOverdue = null,
    Guid? LatestOutcomeId = null,
    Guid? LatestResponseId = null);
