using System.Globalization;
using System.Security.Claims;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Shared;

/// <summary>
/// What the record forms of one case offer to choose from: its people, sources, incidents, its dated
/// entries (to count a date from, in story order), the institutions and the active vocabulary terms. Loading it also checks that the user may see the case.
/// Of the dated entries only the latest <see cref="ListedEntries"/> are offered (and any the form already names), so a
/// form on a case of thousands of entries costs what it costs on a small one; <see cref="OlderEntriesUnlisted"/> says so.
/// </summary>
public sealed record CaseFormOptions(
    Guid CaseId,
    string CaseReference,
    IReadOnlyList<Choice> People,
    IReadOnlyList<Choice> Sources,
    IReadOnlyList<Choice> Incidents,
    IReadOnlyList<DatedChoice> Entries,
    IReadOnlyList<Choice> Proceedings,
    IReadOnlyList<Choice> Institutions,
    IReadOnlyDictionary<Vocabulary, IReadOnlyList<Choice>> Terms,
    string? CountryCode,
    bool OlderEntriesUnlisted = false)
{
    /// <summary>How many of the case's latest entries a date's "counted from" picker lists.</summary>
    public const int ListedEntries = 100;

    /// <summary>The entry picker under a record's date field: the case's entries except the record itself.</summary>
    public Infrastructure.DateAfterField AfterField(string name, Guid? value, Guid? self) =>
        new(name, value, self is { } id ? Entries.Where(e => e.Id != id).ToList() : Entries, OlderEntriesUnlisted);

    /// <summary>The entry a date is said to count from or come after, when it is one of this case's (and not the record itself).</summary>
    public DatedChoice? Entry(Guid? id, Guid? self = null) => id is { } chosen && chosen != self ? Entries.FirstOrDefault(e => e.Id == chosen) : null;

    public IReadOnlyList<Choice> TermsOf(Vocabulary vocabulary) => Terms.GetValueOrDefault(vocabulary, []);

    /// <summary>Every choice's label by id, to show ids in words (for example in a save conflict).</summary>
    public IReadOnlyDictionary<Guid, string> Labels() =>
        People.Concat(Sources).Concat(Incidents).Concat(Proceedings).Concat(Entries.Select(e => new Choice(e.Id, e.Label))).Concat(Institutions).Concat(Terms.Values.SelectMany(t => t))
            .DistinctBy(c => c.Id)
            .ToDictionary(c => c.Id, c => c.Label);

    public static Task<CaseFormOptions?> LoadAsync(CaseTrackerDbContext db, Guid caseId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        LoadAsync(db, caseId, user, new CaseFormNeeds([]), cancellationToken);

    public static async Task<CaseFormOptions?> LoadAsync(CaseTrackerDbContext db, Guid caseId, ClaimsPrincipal user, CaseFormNeeds needs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var header = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => c.Id == caseId).Select(c => new { c.Reference, c.CountryCode }).SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var reference = header.Reference;

        var culture = CultureInfo.CurrentUICulture;
        var people = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).SelectMany(c => c.Participants)
            .Join(db.Persons, p => p.PersonId, person => person.Id, (p, person) => new Choice(person.Id, person.Name))
            .Distinct().ToListAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking().OfCase(caseId).Where(s => s.ArchivedAt == null)
            .OrderBy(s => s.Id).Select(s => new Choice(s.Id, s.Title)).ToListAsync(cancellationToken);
        // Ordered here by the one date rule (PartialDate.CompareTo) and the story order, as the timeline orders them.
        var incidentRows = !needs.Incidents ? [] : await db.Incidents.AsNoTracking().Where(i => i.CaseId == caseId && i.ArchivedAt == null)
            .Select(i => new { i.Id, i.Title, i.Date }).ToListAsync(cancellationToken);
        var incidents = incidentRows.OrderBy(i => i.Date).ThenBy(i => i.Id).Select(i => new Choice(i.Id, i.Title)).ToList();
        // The case's country first, as the institutions a caseworker most often means; one of another country is named with it.
        var institutions = (await db.Institutions.AsNoTracking().Select(i => new { i.Id, i.Name, i.CountryCode }).ToListAsync(cancellationToken))
            .OrderBy(i => i.CountryCode == header.CountryCode ? 0 : 1).ThenBy(i => i.Name, StringComparer.Create(culture, ignoreCase: true)).ThenBy(i => i.Id)
            .Select(i => new Choice(i.Id, i.CountryCode is null || i.CountryCode == header.CountryCode ? i.Name : $"{i.Name} · {Domain.Common.Countries.NameOf(i.CountryCode)}"))
            .ToList();
        var allTerms = await db.VocabularyTerms.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var terms = allTerms.Where(t => t.IsActive)
            .GroupBy(t => t.Vocabulary)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Choice>)g.Select(t => new Choice(t.Id, t.LabelFor(culture))).ToList());
        var proceedings = await db.Proceedings.AsNoTracking().Where(p => p.CaseId == caseId && p.ArchivedAt == null)
            .OrderBy(p => p.Title).ThenBy(p => p.Id).Select(p => new Choice(p.Id, p.Title)).ToListAsync(cancellationToken);
        var labels = allTerms.ToDictionary(t => t.Id, t => t.LabelFor(culture));
        var (entryRows, olderUnlisted) = await EntryRowsAsync(db, caseId, needs.KeepEntries, cancellationToken);
        var entries = entryRows
            .Select(e => new DatedChoice(e.Id, Dated(e.Date, e.TermId is { } term ? $"{labels.GetValueOrDefault(term, "?")}: {e.Title}" : e.Title), e.Date))
            .OrderBy(e => e.Date).ThenBy(e => e.Id).ToList();
        return new CaseFormOptions(caseId, reference, people, sources, incidents, StoryOrder.Apply(entries, e => e.Id, e => e.Date.After), proceedings, institutions, terms, header.CountryCode, olderUnlisted);

        string Dated(PartialDate date, string title) => $"{date.ToString(culture)} · {title}";
    }

    /// <summary>
    /// The latest <see cref="ListedEntries"/> entries by the date rule, plus the ones the form names (an older
    /// entry an edited record counts from must stay chosen, not be dropped on save), and whether older ones exist.
    /// </summary>
    private static async Task<(List<DatedEntryRow> Rows, bool OlderUnlisted)> EntryRowsAsync(CaseTrackerDbContext db, Guid caseId, IEnumerable<Guid?> keep, CancellationToken cancellationToken)
    {
        var latest = (await DatedEntryKinds.LatestAsync(db, caseId, ListedEntries + 1, cancellationToken)).OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).ToList();
        var rows = latest.Take(ListedEntries).ToList();
        foreach (var id in keep.OfType<Guid>().Distinct().Where(id => rows.All(r => r.Id != id)))
        {
            rows.AddRange(await DatedEntryKinds.RowsAsync(db, db.Cases.Where(c => c.Id == caseId).Select(c => c.Id), id, cancellationToken));
        }

        return (rows, latest.Count > ListedEntries);
    }

    /// <summary>Keeps only ids that are among the choices: a forged id from another case is dropped, not saved.</summary>
    public static List<Guid> Allowed(IEnumerable<Guid> chosen, IReadOnlyList<Choice> choices) =>
        chosen.Where(id => choices.Any(c => c.Id == id)).Distinct().ToList();

    public static Guid? AllowedOne(Guid? chosen, IReadOnlyList<Choice> choices) =>
        chosen is { } id && choices.Any(c => c.Id == id) ? id : null;
}

public sealed record Choice(Guid Id, string Label);

/// <summary>
/// What a form needs of <see cref="CaseFormOptions"/> beyond the usual: the entries it names in its "counted
/// from" picker (kept even when older than the listed ones), and whether it offers the case's incidents.
/// </summary>
public sealed record CaseFormNeeds(IReadOnlyCollection<Guid?> KeepEntries, bool Incidents = true);

/// <summary>An entry of the case a date can count from: its id, "date · title", and its date.</summary>
public sealed record DatedChoice(Guid Id, string Label, PartialDate Date);
