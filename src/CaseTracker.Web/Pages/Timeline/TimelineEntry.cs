using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Pages.Incidents;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>One line of a case's chronology, whatever record it comes from.</summary>
public sealed record TimelineEntry(
    TimelineKind Kind,
    Guid Id,
    string Title,
    PartialDate Date,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Institutions,
    IReadOnlyList<Guid> SourceIds,
    bool Archived)
{
    /// <summary>For an incident: the incident as every view reads it.</summary>
    public IncidentView? Incident { get; init; }

    public IReadOnlyList<Guid> TypeIds => Incident?.TypeIds ?? [];

    public bool IsContextEvent { get; init; }

    /// <summary>What the line shows after its people and institutions: each fact's label (a resource key) and value.</summary>
    public IReadOnlyList<(string Label, string Value)> Facts { get; init; } = [];

    /// <summary>Institutions involved: perpetrators of an incident, the addressee of a complaint.</summary>
    public IReadOnlyList<Guid> InstitutionIds { get; init; } = [];

    /// <summary>For complaints, their responses and silences: the incidents the complaint is about.</summary>
    public IReadOnlyList<Guid> RelatedIncidentIds { get; init; } = [];

    /// <summary>For a complaint: where it stands today. For a silence: the state of its complaint.</summary>
    public ComplaintState? State { get; init; }

    /// <summary>For a response or a silence: the complaint it belongs to; for a complaint: its responses.</summary>
    public IReadOnlyList<Guid> LinkedIds { get; init; } = [];

    public string? ComplaintTitle { get; init; }

    public string? Outcome { get; init; }

    public int? DaysAfterFiling { get; init; }

    /// <summary>Order within a day, as <see cref="TimelineKinds.All"/> lists the kinds.</summary>
    public int KindOrder => TimelineKinds.OrderWithinDay(Kind);
}
