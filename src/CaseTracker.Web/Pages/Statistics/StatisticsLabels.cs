using System.Globalization;
using CaseTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>The names the statistics show for vocabulary terms (in the reader's language) and institutions, by id.</summary>
public sealed record StatisticsLabels(IReadOnlyDictionary<Guid, string> Terms, IReadOnlyDictionary<Guid, string> Institutions)
{
    public static async Task<StatisticsLabels> LoadAsync(CaseTrackerDbContext db, CultureInfo culture, CancellationToken cancellationToken) => new(
        await db.VocabularyTerms.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.LabelFor(culture), cancellationToken),
        await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken));

    private string? _version;

    /// <summary>
    /// Changes when a name shown changes (a term or institution renamed, added or removed, or another
    /// language): an order-free sum of each id and name's hash, so what was written with older names is
    /// not served again. The hashes are this process's own, like the answers kept with it.
    /// </summary>
    public string Version => _version ??= Fingerprint();

    private string Fingerprint()
    {
        ulong sum = 0;
        foreach (var (id, name) in Terms.Concat(Institutions))
        {
            sum += ((ulong)(uint)HashCode.Combine(id, name) << 32) | (uint)HashCode.Combine(name, id);
        }

        return FormattableString.Invariant($"{Terms.Count}.{Institutions.Count}.{sum:x16}");
    }

    /// <summary>Kept figures named as they are called now and in this reader's language (a term renamed since is shown by its new name).</summary>
    public StatisticsFigures Apply(StatisticsFigures figures)
    {
        Count Term(Count count) => count.Id is { } id ? count with { Label = Terms.GetValueOrDefault(id, count.Label) } : count;
        string Institution(Guid id, string kept) => Institutions.GetValueOrDefault(id, kept);
        return figures with
        {
            IncidentsByType = figures.IncidentsByType.Select(Term).ToList(),
            IncidentsByPerpetratorType = figures.IncidentsByPerpetratorType.Select(Term).ToList(),
            Institutions = figures.Institutions.Select(i => i with { Institution = Institution(i.InstitutionId, i.Institution), Outcomes = i.Outcomes.Select(Term).ToList() }).ToList(),
            ActsByInstitution = figures.ActsByInstitution.Select(a => a with { Institution = Institution(a.InstitutionId, a.Institution), Kinds = a.Kinds.Select(Term).ToList() }).ToList(),
            ProceedingsByInstitution = figures.ProceedingsByInstitution.Select(p => p with { Institution = Institution(p.InstitutionId, p.Institution) }).ToList(),
        };
    }
}
