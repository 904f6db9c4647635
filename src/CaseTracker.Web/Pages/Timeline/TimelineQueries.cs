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

        var incidents = await db.Incidents.AsNoTracking().Where(i => i.CaseId == caseId && (includeArchived || i.ArchivedAt == null)).ToListAsync(cancellationToken);
        var complaints = await db.Complaints.AsNoTracking().Include(c => c.Responses).Where(c => c.CaseId == caseId && (includeArchived || c.ArchivedAt == null)).ToListAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking().Where(s => s.CaseId == caseId && (includeArchived || s.ArchivedAt == null)).OrderBy(s => s.Id).ToListAsync(cancellationToken);

        var personIds = incidents.SelectMany(i => i.Victims.Select(v => v.PersonId).Concat(i.Perpetrators.Where(p => p.PersonId != null).Select(p => p.PersonId!.Value)))
            .Concat(complaints.Where(c => c.FiledByPersonId != null).Select(c => c.FiledByPersonId!.Value)).Distinct().ToList();
        var people = await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var institutionIds = incidents.SelectMany(i => i.Perpetrators.Where(p => p.InstitutionId != null).Select(p => p.InstitutionId!.Value))
            .Concat(complaints.Select(c => c.InstitutionId)).Distinct().ToList();
        var institutions = await db.Institutions.AsNoTracking().Where(i => institutionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);

        var entries = new List<TimelineEntry>(incidents.Count + (complaints.Count * 3));
        foreach (var incident in incidents)
        {
            entries.Add(new TimelineEntry(
                TimelineKind.Incident,
                incident.Id,
                incident.Title,
                incident.Date,
                incident.Victims.Select(v => people.GetValueOrDefault(v.PersonId, "?")).Concat(incident.Perpetrators.Where(p => p.PersonId != null).Select(p => people.GetValueOrDefault(p.PersonId!.Value, "?"))).ToList(),
                incident.Perpetrators.Where(p => p.InstitutionId != null).Select(p => institutions.GetValueOrDefault(p.InstitutionId!.Value, "?")).Distinct().ToList(),
                incident.Sources.Select(s => s.SourceId).ToList(),
                incident.IsArchived)
            {
                TypeIds = incident.Types.Select(t => t.TermId).ToList(),
                IsContextEvent = incident.Types.Count > 0 && incident.Types.All(t => t.TermId == contextEvent),
                Place = incident.Place,
                InstitutionIds = incident.Perpetrators.Where(p => p.InstitutionId != null).Select(p => p.InstitutionId!.Value).Distinct().ToList(),
            });
        }

        foreach (var complaint in complaints)
        {
            AddComplaint(entries, complaint, today, people, institutions, labels, includeArchived);
        }

        var ordered = entries
            .OrderBy(e => e.Date.Earliest).ThenBy(e => e.Date.Precision).ThenBy(e => e.Date.Latest).ThenBy(e => e.KindOrder).ThenBy(e => e.Id)
            .ToList();
        return new CaseTimeline(header.Id, header.Reference, header.Title, ordered,
            sources.Select(s => SourceView.From(s, user.SeesConfidential())).ToList(), labels, institutions);
    }

    private static void AddComplaint(
        List<TimelineEntry> entries,
        Complaint complaint,
        DateOnly today,
        Dictionary<Guid, string> people,
        Dictionary<Guid, string> institutions,
        Dictionary<Guid, string> labels,
        bool includeArchived)
    {
        var state = complaint.StateOn(today);
        var institution = institutions.GetValueOrDefault(complaint.InstitutionId, "?");
        var responses = complaint.Responses.Where(r => includeArchived || !r.IsArchived).ToList();
        var filers = complaint.FiledByPersonId is { } filer ? [people.GetValueOrDefault(filer, "?")] : complaint.FiledByName is { } name ? new List<string> { name } : [];
        var about = complaint.Incidents.Select(i => i.IncidentId).ToList();
        entries.Add(new TimelineEntry(TimelineKind.Complaint, complaint.Id, complaint.Subject, complaint.FiledOn, filers, [institution],
            complaint.Sources.Select(s => s.SourceId).ToList(), complaint.IsArchived)
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
                response.Sources.Select(s => s.SourceId).ToList(), response.IsArchived)
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
            entries.Add(new TimelineEntry(TimelineKind.Silence, complaint.Id, complaint.Subject, PartialDate.Day(due.Year, due.Month, due.Day), [], [institution], [], complaint.IsArchived)
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
