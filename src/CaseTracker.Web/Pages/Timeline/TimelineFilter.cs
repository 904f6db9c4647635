namespace CaseTracker.Web.Pages.Timeline;

/// <summary>
/// The timeline's filters, shared by the page, its exports and the API. An incident-type filter keeps the
/// incidents of that type and the complaints about them (with their responses and silences).
/// </summary>
public sealed record TimelineFilter(TimelineKind? Kind, Guid? IncidentTypeId, Guid? InstitutionId, bool HideContextEvents)
{
    public IReadOnlyList<TimelineEntry> Apply(IReadOnlyList<TimelineEntry> entries)
    {
        var matchingIncidents = IncidentTypeId is { } type
            ? entries.Where(e => e.Kind == TimelineKind.Incident && e.TypeIds.Contains(type)).Select(e => e.Id).ToHashSet()
            : null;
        return entries.Where(e =>
                (Kind is null || e.Kind == Kind || TimelineKinds.Of(e.Kind).ShownWith == Kind)
                && (InstitutionId is null || e.InstitutionIds.Contains(InstitutionId.Value))
                && (!HideContextEvents || !e.IsContextEvent)
                && (matchingIncidents is null || (e.Kind == TimelineKind.Incident ? matchingIncidents.Contains(e.Id) : e.RelatedIncidentIds.Any(matchingIncidents.Contains))))
            .ToList();
    }
}
