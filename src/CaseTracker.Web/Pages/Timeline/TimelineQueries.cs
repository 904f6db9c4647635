using System.Globalization;
using System.Security.Claims;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Shared;
using CaseTracker.Web.Pages.Sources;
using CaseTracker.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>
/// Builds a case's chronology from every kind of record in <see cref="TimelineKinds.Sources"/> (with a silence
/// for each complaint whose reply is overdue). The number of SQL commands does not grow with the case (a test
/// checks this); ordering is done here: by date (PartialDate's order), then kind, then id, with each entry
/// said to come after another moved after it (StoryOrder), so two loads always agree.
/// </summary>
public sealed class TimelineQueries(CaseTrackerDbContext db)
{
    public async Task<CaseTimeline?> LoadAsync(Guid caseId, ClaimsPrincipal user, SilenceReckoning reading, bool includeArchived, CultureInfo culture, CancellationToken cancellationToken)
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
        var sources = await db.Sources.AsNoTracking().OfCase(caseId).Where(s => includeArchived || s.ArchivedAt == null).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var context = new TimelineContext(caseId, rows.People, rows.Institutions, labels, reading, user.SeesConfidential(), contextEvent);
        var entries = TimelineKinds.Sources.SelectMany(source => source.EntriesOf(rows.Records, context));
        var byDate = entries.OrderBy(e => e.Date).ThenBy(e => e.KindOrder).ThenBy(e => e.Id).ToList();
        var ordered = StoryOrder.Apply(byDate, e => e.Id, e => e.Date.After);
        return new CaseTimeline(header.Id, header.Reference, header.Title, header.Sensitivity == Sensitivity.Restricted, ordered,
            sources.Select(s => SourceView.From(s, user.SeesConfidential())).ToList(), labels, rows.Institutions,
            terms.Where(t => t.Vocabulary == Vocabulary.IncidentType).OrderBy(t => t.SortOrder).Select(t => new Choice(t.Id, labels[t.Id])).ToList());
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
