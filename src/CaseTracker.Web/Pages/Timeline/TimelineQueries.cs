using System.Globalization;
using System.Security.Claims;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Cases;
using CaseTracker.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>
/// Builds a case's chronology from its incidents, complaints and responses, plus a silence mark for each
/// complaint whose reply is overdue. The number of SQL commands does not grow with the case (a test
/// checks this); ordering is done here: earliest day, then the more exact date, then the shorter span,
/// then kind, then id, so two loads always agree.
/// </summary>
public sealed class TimelineQueries(CaseTrackerDbContext db)
{
    public async Task<CaseTimeline?> LoadAsync(Guid caseId, ClaimsPrincipal user, DateOnly today, bool includeArchived, CultureInfo culture, CancellationToken cancellationToken)
    {
        var header = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => c.Id == caseId)
            .Select(c => new { c.Id, c.Reference, c.Title }).SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var terms = await db.VocabularyTerms.AsNoTracking().ToListAsync(cancellationToken);
        var labels = terms.ToDictionary(t => t.Id, t => t.LabelFor(culture));
        var contextEvent = terms.Single(t => t.Vocabulary == Vocabulary.IncidentType && t.Code == DefaultTerms.OtherEventIncidentType).Id;

        // Flat projections grouped in memory: far cheaper than materialising entity graphs with owned
        // collections, and still a fixed number of commands whatever the size of the case.
        var incidents = db.Incidents.AsNoTracking().Where(i => i.CaseId == caseId && (includeArchived || i.ArchivedAt == null));
        var incidentRows = await incidents.Select(i => new { i.Id, i.Title, i.Date, i.Place, Archived = i.ArchivedAt != null }).ToListAsync(cancellationToken);
        var typeLinks = (await incidents.SelectMany(i => i.Types.Select(t => new { i.Id, t.TermId })).ToListAsync(cancellationToken)).ToLookup(l => l.Id, l => l.TermId);
        var victimLinks = (await incidents.SelectMany(i => i.Victims.Select(v => new { i.Id, v.PersonId })).ToListAsync(cancellationToken)).ToLookup(l => l.Id, l => l.PersonId);
        var perpetratorLinks = (await incidents.SelectMany(i => i.Perpetrators.Select(p => new { i.Id, p.PersonId, p.InstitutionId })).ToListAsync(cancellationToken)).ToLookup(l => l.Id);
        var incidentSources = (await incidents.SelectMany(i => i.Sources.Select(x => new { i.Id, x.SourceId })).ToListAsync(cancellationToken)).ToLookup(l => l.Id, l => l.SourceId);

        var complaintQuery = db.Complaints.AsNoTracking().Where(c => c.CaseId == caseId && (includeArchived || c.ArchivedAt == null));
        var complaints = await complaintQuery.Select(c => new ComplaintRow(c.Id, c.Subject, c.FiledOn, c.InstitutionId, c.FiledByPersonId, c.FiledByName, c.ReplyDueOn, c.ClosedOn, c.ArchivedAt != null)).ToListAsync(cancellationToken);
        var complaintIncidents = (await complaintQuery.SelectMany(c => c.Incidents.Select(l => new { c.Id, l.IncidentId })).ToListAsync(cancellationToken)).ToLookup(l => l.Id, l => l.IncidentId);
        var complaintSources = (await complaintQuery.SelectMany(c => c.Sources.Select(l => new { c.Id, l.SourceId })).ToListAsync(cancellationToken)).ToLookup(l => l.Id, l => l.SourceId);
        var responseQuery = db.Responses.AsNoTracking().Where(r => complaintQuery.Any(c => c.Id == r.ComplaintId) && (includeArchived || r.ArchivedAt == null));
        var responses = (await responseQuery.Select(r => new ResponseRow(r.Id, r.ComplaintId, r.Date, r.OutcomeId, r.ArchivedAt != null)).ToListAsync(cancellationToken)).ToLookup(r => r.ComplaintId);
        var responseSources = (await responseQuery.SelectMany(r => r.Sources.Select(l => new { r.Id, l.SourceId })).ToListAsync(cancellationToken)).ToLookup(l => l.Id, l => l.SourceId);
        var sources = await db.Sources.AsNoTracking().Where(s => s.CaseId == caseId && (includeArchived || s.ArchivedAt == null)).OrderBy(s => s.Id).ToListAsync(cancellationToken);

        var people = await db.Persons.AsNoTracking()
            .Where(p => incidents.Any(i => i.Victims.Any(v => v.PersonId == p.Id) || i.Perpetrators.Any(x => x.PersonId == p.Id)) || complaintQuery.Any(c => c.FiledByPersonId == p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var institutions = await db.Institutions.AsNoTracking()
            .Where(i => incidents.Any(x => x.Perpetrators.Any(p => p.InstitutionId == i.Id)) || complaintQuery.Any(c => c.InstitutionId == i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);

        var entries = new List<TimelineEntry>(incidentRows.Count + (complaints.Count * 3));
        foreach (var incident in incidentRows)
        {
            var types = typeLinks[incident.Id].ToList();
            var perpetrators = perpetratorLinks[incident.Id].ToList();
            var institutionIds = perpetrators.Where(p => p.InstitutionId != null).Select(p => p.InstitutionId!.Value).Distinct().ToList();
            entries.Add(new TimelineEntry(
                TimelineKind.Incident,
                incident.Id,
                incident.Title,
                incident.Date,
                victimLinks[incident.Id].Concat(perpetrators.Where(p => p.PersonId != null).Select(p => p.PersonId!.Value)).Select(id => people.GetValueOrDefault(id, "?")).ToList(),
                institutionIds.Select(id => institutions.GetValueOrDefault(id, "?")).ToList(),
                incidentSources[incident.Id].ToList(),
                incident.Archived)
            {
                TypeIds = types,
                IsContextEvent = types.Count > 0 && types.All(t => t == contextEvent),
                Place = incident.Place,
                InstitutionIds = institutionIds,
            });
        }

        foreach (var complaint in complaints)
        {
            AddComplaint(entries, complaint, responses[complaint.Id].ToList(), complaintIncidents[complaint.Id].ToList(), complaintSources[complaint.Id].ToList(),
                responseSources, today, people, institutions, labels);
        }

        var ordered = entries
            .OrderBy(e => e.Date.Earliest).ThenBy(e => e.Date.Precision).ThenBy(e => e.Date.Latest).ThenBy(e => e.KindOrder).ThenBy(e => e.Id)
            .ToList();
        return new CaseTimeline(header.Id, header.Reference, header.Title, ordered,
            sources.Select(s => SourceView.From(s, user.SeesConfidential())).ToList(), labels, institutions);
    }

    private static void AddComplaint(
        List<TimelineEntry> entries,
        ComplaintRow complaint,
        List<ResponseRow> responses,
        List<Guid> about,
        List<Guid> sources,
        ILookup<Guid, Guid> responseSources,
        DateOnly today,
        Dictionary<Guid, string> people,
        Dictionary<Guid, string> institutions,
        Dictionary<Guid, string> labels)
    {
        var state = Complaint.StateOf(complaint.FiledOn, complaint.ReplyDueOn, complaint.ClosedOn,
            responses.Where(r => !r.Archived).Select(r => (r.Id, r.Date, r.OutcomeId)), today);
        var institution = institutions.GetValueOrDefault(complaint.InstitutionId, "?");
        var filers = complaint.FiledByPersonId is { } filer ? [people.GetValueOrDefault(filer, "?")] : complaint.FiledByName is { } name ? new List<string> { name } : [];
        entries.Add(new TimelineEntry(TimelineKind.Complaint, complaint.Id, complaint.Subject, complaint.FiledOn, filers, [institution], sources, complaint.Archived)
        {
            InstitutionIds = [complaint.InstitutionId],
            RelatedIncidentIds = about,
            State = state,
            LinkedIds = responses.Select(r => r.Id).ToList(),
            Outcome = state.LatestOutcomeId is { } outcome ? labels.GetValueOrDefault(outcome) : null,
        });

        foreach (var response in responses)
        {
            entries.Add(new TimelineEntry(TimelineKind.Response, response.Id, labels.GetValueOrDefault(response.OutcomeId, "?"), response.Date, [], [institution],
                responseSources[response.Id].ToList(), response.Archived)
            {
                InstitutionIds = [complaint.InstitutionId],
                RelatedIncidentIds = about,
                LinkedIds = [complaint.Id],
                ComplaintTitle = complaint.Subject,
                Outcome = labels.GetValueOrDefault(response.OutcomeId),
                DaysAfterFiling = complaint.FiledOn.ExactDaysUntil(response.Date),
            });
        }

        if (state.Status == ComplaintStatus.Overdue)
        {
            var due = state.DueOn;
            entries.Add(new TimelineEntry(TimelineKind.Silence, complaint.Id, complaint.Subject, PartialDate.Day(due.Year, due.Month, due.Day), [], [institution], [], complaint.Archived)
            {
                InstitutionIds = [complaint.InstitutionId],
                RelatedIncidentIds = about,
                State = state,
                LinkedIds = [complaint.Id],
                ComplaintTitle = complaint.Subject,
            });
        }
    }

    private sealed record ComplaintRow(Guid Id, string Subject, PartialDate FiledOn, Guid InstitutionId, Guid? FiledByPersonId, string? FiledByName, DateOnly ReplyDueOn, DateOnly? ClosedOn, bool Archived);

    private sealed record ResponseRow(Guid Id, Guid ComplaintId, PartialDate Date, Guid OutcomeId, bool Archived);
}

public sealed record CaseTimeline(
    Guid CaseId,
    string Reference,
    string Title,
    IReadOnlyList<TimelineEntry> Entries,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyDictionary<Guid, string> Labels,
    IReadOnlyDictionary<Guid, string> Institutions)
{
    public int SourceNumber(Guid sourceId)
    {
        for (var i = 0; i < Sources.Count; i++)
        {
            if (Sources[i].Id == sourceId)
            {
                return i + 1;
            }
        }

        return 0;
    }
}
