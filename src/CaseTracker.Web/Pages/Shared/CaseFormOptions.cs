using System.Globalization;
using System.Security.Claims;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Shared;

/// <summary>
/// What the record forms of one case offer to choose from: its people, sources, incidents, the
/// institutions and the active vocabulary terms. Loading it also checks that the user may see the case.
/// </summary>
public sealed record CaseFormOptions(
    Guid CaseId,
    string CaseReference,
    IReadOnlyList<Choice> People,
    IReadOnlyList<Choice> Sources,
    IReadOnlyList<Choice> Incidents,
    IReadOnlyList<Choice> Institutions,
    IReadOnlyDictionary<Vocabulary, IReadOnlyList<Choice>> Terms)
{
    public IReadOnlyList<Choice> TermsOf(Vocabulary vocabulary) => Terms.GetValueOrDefault(vocabulary, []);

    /// <summary>Every choice's label by id, to show ids in words (for example in a save conflict).</summary>
    public IReadOnlyDictionary<Guid, string> Labels() =>
        People.Concat(Sources).Concat(Incidents).Concat(Institutions).Concat(Terms.Values.SelectMany(t => t))
            .DistinctBy(c => c.Id)
            .ToDictionary(c => c.Id, c => c.Label);

    public static async Task<CaseFormOptions?> LoadAsync(CaseTrackerDbContext db, Guid caseId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var reference = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => c.Id == caseId).Select(c => c.Reference).SingleOrDefaultAsync(cancellationToken);
        if (reference is null)
        {
            return null;
        }

        var culture = CultureInfo.CurrentUICulture;
        var people = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).SelectMany(c => c.Participants)
            .Join(db.Persons, p => p.PersonId, person => person.Id, (p, person) => new Choice(person.Id, person.Name))
            .Distinct().ToListAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking().Where(s => s.CaseId == caseId && s.ArchivedAt == null)
            .OrderBy(s => s.Id).Select(s => new Choice(s.Id, s.Title)).ToListAsync(cancellationToken);
        // Ordered here by the one date rule (PartialDate.CompareTo), as the timeline orders them.
        var incidents = (await db.Incidents.AsNoTracking().Where(i => i.CaseId == caseId && i.ArchivedAt == null)
                .Select(i => new { i.Id, i.Title, i.Date }).ToListAsync(cancellationToken))
            .OrderBy(i => i.Date).ThenBy(i => i.Id).Select(i => new Choice(i.Id, i.Title)).ToList();
        var institutions = await db.Institutions.AsNoTracking().OrderBy(i => i.Name).Select(i => new Choice(i.Id, i.Name)).ToListAsync(cancellationToken);
        var terms = (await db.VocabularyTerms.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken))
            .GroupBy(t => t.Vocabulary)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Choice>)g.Select(t => new Choice(t.Id, t.LabelFor(culture))).ToList());
        return new CaseFormOptions(caseId, reference, people, sources, incidents, institutions, terms);
    }

    /// <summary>Keeps only ids that are among the choices: a forged id from another case is dropped, not saved.</summary>
    public static List<Guid> Allowed(IEnumerable<Guid> chosen, IReadOnlyList<Choice> choices) =>
        chosen.Where(id => choices.Any(c => c.Id == id)).Distinct().ToList();

    public static Guid? AllowedOne(Guid? chosen, IReadOnlyList<Choice> choices) =>
        chosen is { } id && choices.Any(c => c.Id == id) ? id : null;
}

public sealed record Choice(Guid Id, string Label);
