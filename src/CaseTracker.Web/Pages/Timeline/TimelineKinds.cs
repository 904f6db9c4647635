using CaseTracker.Web.Pages.Acts;
using CaseTracker.Web.Pages.Complaints;
using CaseTracker.Web.Pages.Incidents;
using CaseTracker.Web.Pages.Proceedings;
using CaseTracker.Web.Pages.Responses;
using CaseTracker.Web.Pages.Steps;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>The kinds of timeline entry; each is described in <see cref="TimelineKinds"/>, beside it.</summary>
public enum TimelineKind
{
    Incident,
    Complaint,
    Response,

    /// <summary>A complaint's due date has passed with no reply: the silence, counted to today.</summary>
    Silence,

    /// <summary>What an institution did on its own: a statement, a criminal case opened, a ruling.</summary>
    Act,

    /// <summary>A step of an investigation or a court case: opened, closed, reopened, a ruling.</summary>
    Step,
}

/// <summary>A lane of the overview strip: its label (a resource key) and the style of its marks.</summary>
public sealed record TimelineLane(int Index, string Label, string MarkClass);

/// <summary>
/// How a kind of timeline entry is named (<see cref="Code"/> in the API and exports, <see cref="Label"/>
/// a resource key), styled in the list, drawn in the overview (its lane; a silence is a dashed span in
/// its complaint's lane, not a mark) and ordered among entries of the same date. A kind
/// <see cref="ShownWith"/> another has no choice of its own in the timeline's filter: it is shown with that kind.
/// </summary>
public sealed record TimelineKindInfo(TimelineKind Kind, string Code, string Label, string ListClass, TimelineLane Lane, bool DrawnAsMark, TimelineKind? ShownWith = null);

/// <summary>
/// The one list of timeline kinds (STYLE 16). The list, overview, exports and API read it; the order of
/// <see cref="All"/> is the order within a day; a test fails when a <see cref="TimelineKind"/> is missing
/// here or a kind's marks are not drawn in its lane.
/// </summary>
public static class TimelineKinds
{
    public static readonly TimelineLane Incidents = new(0, "Incidents", "i");
    public static readonly TimelineLane Complaints = new(1, "Complaints", "c");
    public static readonly TimelineLane Responses = new(2, "Responses", "r");
    public static readonly TimelineLane Acts = new(3, "Institutions' acts", "t");
    public static readonly TimelineLane Proceedings = new(4, "Proceedings", "p");

    /// <summary>Top to bottom.</summary>
    public static IReadOnlyList<TimelineLane> Lanes { get; } = [Incidents, Complaints, Responses, Acts, Proceedings];

    /// <summary>In the order entries of the same date are listed: what happened, then what was asked, then what came back, then what institutions did on their own.</summary>
    public static IReadOnlyList<TimelineKindInfo> All { get; } =
    [
        new(TimelineKind.Incident, "incident", "Incident", "ki", Incidents, DrawnAsMark: true),
        new(TimelineKind.Complaint, "complaint", "Complaint", "kc", Complaints, DrawnAsMark: true),
        new(TimelineKind.Response, "response", "Response", "kr", Responses, DrawnAsMark: true),
        new(TimelineKind.Silence, "silence", "No reply", "ks", Complaints, DrawnAsMark: false, ShownWith: TimelineKind.Complaint),
        new(TimelineKind.Act, "act", "Institution's act", "ka", Acts, DrawnAsMark: true),
        new(TimelineKind.Step, "step", "Proceeding step", "kp", Proceedings, DrawnAsMark: true),
    ];

    /// <summary>The kinds the timeline's filter offers.</summary>
    public static IReadOnlyList<TimelineKindInfo> Filterable { get; } = [.. All.Where(k => k.ShownWith is null)];

    /// <summary>
    /// The records the timeline reads, each declared beside its read shape; their statements run in this
    /// order in one batch. A new kind of record is one more line here.
    /// </summary>
    public static IReadOnlyList<TimelineSource> Sources { get; } = [IncidentView.Timeline, ComplaintView.Timeline, ResponseView.Timeline, ActView.Timeline, ProceedingView.Timeline, StepView.Timeline];

    private static readonly TimelineKindInfo[] ByKind = Enum.GetValues<TimelineKind>().Select(kind => All.Single(k => k.Kind == kind)).ToArray();

    private static readonly int[] OrderByKind = Enum.GetValues<TimelineKind>().Select(kind => All.ToList().FindIndex(k => k.Kind == kind)).ToArray();

    public static TimelineKindInfo Of(TimelineKind kind) => ByKind[(int)kind];

    /// <summary>Position among entries of the same date.</summary>
    public static int OrderWithinDay(TimelineKind kind) => OrderByKind[(int)kind];
}
