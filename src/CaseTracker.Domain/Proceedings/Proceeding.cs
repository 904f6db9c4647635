using CaseTracker.Domain.Common;

namespace CaseTracker.Domain.Proceedings;

public enum ProceedingKind
{
    Investigation,
    CriminalCase,
    CourtCase,
    Other,
}

/// <summary>
/// An investigation or a court case as a record of its own: who conducts it, into which incidents of the
/// case, against whom. What happened to it is its history of dated steps (<see cref="ProceedingStep"/>);
/// where it stands follows from them (<see cref="ProceedingStates"/>).
/// </summary>
public class Proceeding : ArchivableEntity
{
    private readonly List<ProceedingIncidentLink> _incidents = [];
    private readonly List<ProceedingSourceLink> _sources = [];

    private Proceeding() => Title = "";

    public Proceeding(Guid caseId, ProceedingKind kind, Guid conductedById, string title)
    {
        CaseId = caseId;
        Title = "";
        Describe(kind, conductedById, title, null, null);
    }

    public Guid CaseId { get; private set; }

    public ProceedingKind Kind { get; private set; }

    /// <summary>The investigating body or the court.</summary>
    public Guid ConductedById { get; private set; }

    /// <summary>How reports name it: "Criminal case into the beating of 12 March 2011".</summary>
    public string Title { get; private set; }

    /// <summary>The case number the institution gave it.</summary>
    public string? ReferenceNumber { get; private set; }

    /// <summary>Against whom, as the source puts it ("two police officers of the district department").</summary>
    public string? Against { get; private set; }

    public IReadOnlyList<ProceedingIncidentLink> Incidents => _incidents;

    public IReadOnlyList<ProceedingSourceLink> Sources => _sources;

    public void Describe(ProceedingKind kind, Guid conductedById, string title, string? referenceNumber, string? against)
    {
        Kind = kind;
        ConductedById = conductedById == Guid.Empty ? throw new DomainException("Choose who conducts it.", nameof(ConductedById)) : conductedById;
        Title = Text.Required(title, TextLimits.Title, "Say how the sources name it.", nameof(Title));
        ReferenceNumber = Text.Optional(referenceNumber, TextLimits.Name, nameof(ReferenceNumber));
        Against = Text.Optional(against, TextLimits.ShortText, nameof(Against));
    }

    public void Into(IEnumerable<Guid> incidentIds)
    {
        var ids = incidentIds.Distinct().ToList();
        _incidents.RemoveAll(l => !ids.Contains(l.IncidentId));
        _incidents.AddRange(ids.Where(id => _incidents.All(l => l.IncidentId != id)).Select(id => new ProceedingIncidentLink(Id, id)));
    }

    public void CiteSources(IEnumerable<Guid> sourceIds)
    {
        var ids = sourceIds.Distinct().ToList();
        _sources.RemoveAll(s => !ids.Contains(s.SourceId));
        _sources.AddRange(ids.Where(id => _sources.All(s => s.SourceId != id)).Select(id => new ProceedingSourceLink(Id, id)));
    }
}

public record ProceedingIncidentLink(Guid ProceedingId, Guid IncidentId);

public record ProceedingSourceLink(Guid ProceedingId, Guid SourceId);
