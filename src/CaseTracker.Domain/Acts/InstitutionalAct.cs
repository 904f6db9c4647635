using CaseTracker.Domain.Common;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Groups;

namespace CaseTracker.Domain.Acts;

/// <summary>
/// What an institution did on its own, not in reply to a complaint: a public statement, a denial, a
/// criminal case opened, officers dismissed, a release, a ruling. Its kind is a term of
/// <see cref="Vocabularies.Vocabulary.ActKind"/>; it may concern incidents and people of its case and
/// cites sources like any other record. It takes its place in the case's story by its date.
/// </summary>
public class InstitutionalAct : ArchivableEntity, IDatedEntry
{
    private readonly List<ActIncidentLink> _incidents = [];
    private readonly List<ActPersonLink> _people = [];
    private readonly List<ActSourceLink> _sources = [];

    private InstitutionalAct() => Date = null!;

    public InstitutionalAct(Guid caseId, Guid institutionId, Guid kindId, PartialDate date)
    {
        CaseId = caseId;
        Date = date;
        Describe(institutionId, kindId, date, null);
    }

    public Guid CaseId { get; private set; }

    public Guid InstitutionId { get; private set; }

    public Guid KindId { get; private set; }

    public PartialDate Date { get; private set; }

    /// <summary>A group the act concerns as the source counts it ("12 detainees released", "64 complaints received"); null when none.</summary>
    public GroupCount? Group { get; private set; }

    /// <summary>What the institution did or said, in the caseworker's words or quoted from the source.</summary>
    public string? Summary { get; private set; }

    public IReadOnlyList<ActIncidentLink> Incidents => _incidents;

    public IReadOnlyList<ActPersonLink> People => _people;

    public IReadOnlyList<ActSourceLink> Sources => _sources;

    public PartialDate StoryDate => Date;

    public void Describe(Guid institutionId, Guid kindId, PartialDate date, string? summary)
    {
        InstitutionId = institutionId == Guid.Empty ? throw new DomainException("Choose the institution that acted.", nameof(InstitutionId)) : institutionId;
        KindId = kindId == Guid.Empty ? throw new DomainException("Choose what the institution did.", nameof(KindId)) : kindId;
        Date = date ?? throw new DomainException("Enter a date.", nameof(Date));
        Summary = Text.Optional(summary, TextLimits.LongText, nameof(Summary));
    }

    public void RecountFrom(PartialDate anchor) => Date = Date.RecountFrom(anchor);

    public void ConcernsGroup(GroupCount? group) => Group = group;

    public void Concerns(IEnumerable<Guid> incidentIds, IEnumerable<Guid> personIds)
    {
        var incidents = incidentIds.Distinct().ToList();
        _incidents.RemoveAll(l => !incidents.Contains(l.IncidentId));
        _incidents.AddRange(incidents.Where(id => _incidents.All(l => l.IncidentId != id)).Select(id => new ActIncidentLink(Id, id)));
        var people = personIds.Distinct().ToList();
        _people.RemoveAll(l => !people.Contains(l.PersonId));
        _people.AddRange(people.Where(id => _people.All(l => l.PersonId != id)).Select(id => new ActPersonLink(Id, id)));
    }

    public void CiteSources(IEnumerable<Guid> sourceIds)
    {
        var ids = sourceIds.Distinct().ToList();
        _sources.RemoveAll(s => !ids.Contains(s.SourceId));
        _sources.AddRange(ids.Where(id => _sources.All(s => s.SourceId != id)).Select(id => new ActSourceLink(Id, id)));
    }
}

public record ActIncidentLink(Guid ActId, Guid IncidentId);

public record ActPersonLink(Guid ActId, Guid PersonId);

public record ActSourceLink(Guid ActId, Guid SourceId);
