using CaseTracker.Domain.Dates;

namespace CaseTracker.Domain.Proceedings;

public enum ProceedingState
{
    /// <summary>No step recorded yet.</summary>
    Unknown,
    Open,
    InCourt,
    Suspended,
    Closed,
    Decided,
}

/// <summary>Where a proceeding stands: the state its latest step put it in, since that step's date.</summary>
public sealed record ProceedingStanding(ProceedingState State, PartialDate? Since, int? AtLeastDays, bool ClosedWithoutResult);

/// <summary>
/// The one rule of a proceeding's state (STYLE: one rule in one place): each default step kind, by its
/// stable code, puts the proceeding in a state; a step of a kind an admin added ("other" too) leaves the
/// state as it was. The steps are read in the story's order; the latest one that sets a state wins.
/// </summary>
public static class ProceedingStates
{
    public const string Opened = "opened";
    public const string Suspended = "suspended";
    public const string Closed = "closed";
    public const string Reopened = "reopened";
    public const string ClosedAndReopened = "closed_and_reopened";
    public const string SentToCourt = "sent_to_court";
    public const string Hearing = "hearing";
    public const string Ruling = "ruling";
    public const string Appeal = "appeal";

    public static ProceedingState? After(string stepCode) => stepCode switch
    {
        Opened or Reopened or ClosedAndReopened => ProceedingState.Open,
        SentToCourt or Hearing or Appeal => ProceedingState.InCourt,
        Suspended => ProceedingState.Suspended,
        Closed => ProceedingState.Closed,
        Ruling => ProceedingState.Decided,
        _ => null,
    };

    /// <summary>
    /// Where the proceeding stands on <paramref name="today"/>, from its steps in story order (code and
    /// date of each). Closed without result: closed, and no ruling among its steps. The days in the state
    /// are counted from the last possible day of the step that set it, so they are never more than known.
    /// </summary>
    public static ProceedingStanding Of(IEnumerable<(string Code, PartialDate Date)> stepsInOrder, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(stepsInOrder);
        var state = ProceedingState.Unknown;
        PartialDate? since = null;
        var ruled = false;
        foreach (var (code, date) in stepsInOrder)
        {
            ruled |= code == Ruling;
            if (After(code) is { } next)
            {
                (state, since) = (next, date);
            }
        }

        int? days = since is { OpenEnd: false } known && known.Latest <= today ? today.DayNumber - known.Latest.DayNumber : null;
        return new ProceedingStanding(state, since, days, state == ProceedingState.Closed && !ruled);
    }
}
