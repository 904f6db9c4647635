using System.Globalization;
using System.Security.Claims;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Complaints;
using CaseTracker.Web.Pages.Shared;
using CaseTracker.Web.Pages.Sources;
using CaseTracker.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>
/// Builds a case's chronology from its incidents, complaints and responses, plus a silence mark for each
/// complaint whose reply is overdue. The number of SQL commands does not grow with the case (a test
/// checks this); ordering is done here: by date (PartialDate's order), then kind, then id, so two loads
/// always agree.
/// </summary>
public sealed class TimelineQueries(CaseTrackerDbContext db)
{
    public async Task<CaseTimeline?> LoadAsync(Guid caseId, ClaimsPrincipal user, DateOnly today, bool includeArchived, CultureInfo culture, CancellationToken cancellationToken)
    {
        var header = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => c.Id == caseId)
            .Select(c => new { c.Id, c.Reference, c.Title, c.Sensitivity }).SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var terms = await db.VocabularyTerms.AsNoTracking().ToListAsync(cancellationToken);
        var labels = terms.ToDictionary(t => t.Id, t => t.LabelFor(culture));
        var contextEvent = terms.Single(t => t.Vocabulary == Vocabulary.IncidentType && t.Code == DefaultTerms.OtherEventIncidentType).Id;

        var rows = await TimelineRows.LoadAsync(db, caseId, includeArchived, cancellationToken);
        var sources = await db.Sources.AsNoTracking().Where(s => s.CaseId == caseId && (includeArchived || s.ArchivedAt == null)).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var (people, institutions) = (rows.People, rows.Institutions);

        var entries = new List<TimelineEntry>(rows.Incidents.Count + (rows.Complaints.Count * 3));
        // Type labels are added where they are shown (JSON, CSV), not for every entry of every page.
        foreach (var incident in rows.Incidents)
        {
            entries.Add(new TimelineEntry(
                TimelineKind.Incident,
                incident.Id,
                incident.Title,
                incident.Date,
                incident.VictimIds.Concat(incident.PerpetratorPersonIds).Select(id => people.GetValueOrDefault(id, "?")).ToList(),
                incident.PerpetratorInstitutionIds.Select(id => institutions.GetValueOrDefault(id, "?")).ToList(),
                incident.SourceIds,
                incident.Archived)
            {
                Incident = incident,
                IsContextEvent = incident.TypeIds.Count > 0 && incident.TypeIds.All(t => t == contextEvent),
                InstitutionIds = incident.PerpetratorInstitutionIds,
            });
        }

        var responses = rows.Responses.ToLookup(r => r.ComplaintId);
        var seesConfidential = user.SeesConfidential();
        foreach (var row in rows.Complaints)
        {
            AddComplaint(entries, row.Complete(responses[row.Id], today, labels, institutions, seesConfidential), people);
        }

        var ordered = entries
            .OrderBy(e => e.Date).ThenBy(e => e.KindOrder).ThenBy(e => e.Id)
            .ToList();
        return new CaseTimeline(header.Id, header.Reference, header.Title, header.Sensitivity == Sensitivity.Restricted, ordered,
            sources.Select(s => SourceView.From(s, user.SeesConfidential())).ToList(), labels, institutions,
            terms.Where(t => t.Vocabulary == Vocabulary.IncidentType).OrderBy(t => t.SortOrder).Select(t => new Choice(t.Id, labels[t.Id])).ToList());
    }

    private static void AddComplaint(List<TimelineEntry> entries, ComplaintView complaint, Dictionary<Guid, string> people)
    {
        var about = complaint.IncidentIds;
        var state = complaint.State;
        var filers = complaint.FiledByPersonId is { } filer ? [people.GetValueOrDefault(filer, "?")] : complaint.FiledByName is { } name ? new List<string> { name } : [];
        entries.Add(new TimelineEntry(TimelineKind.Complaint, complaint.Id, complaint.Subject, complaint.FiledOn, filers, [complaint.Institution], complaint.SourceIds, complaint.Archived)
        {
            InstitutionIds = [complaint.InstitutionId],
            RelatedIncidentIds = about,
            State = state,
            LinkedIds = complaint.Responses.Select(r => r.Id).ToList(),
            Outcome = complaint.LatestOutcome,
        });

        foreach (var response in complaint.Responses)
        {
            entries.Add(new TimelineEntry(TimelineKind.Response, response.Id, response.Outcome, response.Date, [], [complaint.Institution],
                response.SourceIds, response.Archived)
            {
                InstitutionIds = [complaint.InstitutionId],
                RelatedIncidentIds = about,
                LinkedIds = [complaint.Id],
                ComplaintTitle = complaint.Subject,
                Outcome = response.Outcome,
                DaysAfterFiling = response.DaysAfterFiling,
            });
        }

        if (state.Status == ComplaintStatus.Overdue)
        {
            var due = state.DueOn;
            entries.Add(new TimelineEntry(TimelineKind.Silence, complaint.Id, complaint.Subject, PartialDate.Day(due.Year, due.Month, due.Day), [], [complaint.Institution], [], complaint.Archived)
            {
                InstitutionIds = [complaint.InstitutionId],
                RelatedIncidentIds = about,
                State = state,
                LinkedIds = [complaint.Id],
                ComplaintTitle = complaint.Subject,
            });
        }
    }
}

public sealed record CaseTimeline(
    Guid CaseId,
    string Reference,
    string Title,
    bool Restricted,
    IReadOnlyList<TimelineEntry> Entries,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyDictionary<Guid, string> Labels,
    IReadOnlyDictionary<Guid, string> Institutions,
    IReadOnlyList<Choice> IncidentTypes)
{
    private Dictionary<Guid, int>? _sourceNumbers;

    /// <summary>A source's footnote number (1-based), 0 if the source is not listed.</summary>
    public int SourceNumber(Guid sourceId)
    {
        _sourceNumbers ??= Sources.Select((source, index) => (source.Id, Number: index + 1)).ToDictionary(s => s.Id, s => s.Number);
        return _sourceNumbers.GetValueOrDefault(sourceId);
    }
}
