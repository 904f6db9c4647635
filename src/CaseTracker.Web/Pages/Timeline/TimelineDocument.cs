using CaseTracker.Domain.Complaints;
using CaseTracker.Web.Pages.Incidents;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>A case's chronology (GET /api/v1/cases/{id}/timeline), in timeline order.</summary>
public sealed record TimelineDocument(Guid CaseId, string Reference, IReadOnlyList<TimelineEntryDocument> Entries);

/// <summary>
/// One entry of the chronology. <c>kind</c> is incident, complaint, response or silence (a complaint's
/// reply overdue). <c>silenceKnownAsOf</c> is set when a silence is counted only to the last day the
/// sources know of, not to today. The date as the reader's language writes it, as EDTF and as its earliest and latest
/// possible days; for an incident, the incident as the case file gives it. <c>institutions</c> are the
/// bodies that acted or answered (for a response, the one that gave it, which may be a body the
/// complaint was forwarded to).
/// </summary>
public sealed record TimelineEntryDocument(
    string Kind,
    Guid Id,
    string Title,
    string DateText,
    string Edtf,
    DateOnly? Earliest,
    DateOnly? Latest,
    string Precision,
    bool Approximate,
    IncidentView? Incident,
    ComplaintStatus? Status,
    int? DaysOfSilence,
    DateOnly? SilenceKnownAsOf,
    int? DaysAfterFiling,
    IReadOnlyList<Guid> Links,
    IReadOnlyList<Guid> Incidents,
    IReadOnlyList<Guid> Sources,
    IReadOnlyList<Guid> InstitutionIds,
    IReadOnlyList<string> Institutions,
    bool Archived)
{
    public static TimelineEntryDocument From(TimelineEntry entry, TimelineText text, IReadOnlyDictionary<Guid, string> labels) => new(
        TimelineKinds.Of(entry.Kind).Code,
        entry.Id,
        entry.Title,
        text.Date(entry.Date),
        entry.Date.ToEdtf(),
        entry.Date.KnownEarliest,
        entry.Date.KnownLatest,
        entry.Date.Precision.ToString().ToLowerInvariant(),
        entry.Date.Approximate,
        entry.Incident?.WithLabels(labels),
        entry.Kind is TimelineKind.Complaint or TimelineKind.Silence ? entry.State?.Status : null,
        entry.State?.DaysOfSilence,
        entry.State?.KnownAsOf,
        entry.DaysAfterFiling,
        entry.LinkedIds,
        entry.RelatedIncidentIds,
        entry.SourceIds,
        entry.InstitutionIds,
        entry.Institutions,
        entry.Archived);
}
