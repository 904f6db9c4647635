using CaseTracker.Domain.Common;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Groups;

namespace CaseTracker.Domain.Incidents;

public enum VerificationStatus
{
    Alleged,
    Corroborated,
    Verified,
    Disputed,
}

/// <summary>
/// Something that happened to one or more persons of a case. Context events that are not violations (a
/// hospital stay, a hearing) are incidents of type "other event", so the chronology stays whole. When two
/// sources disagree on the date, the second reading is kept as <see cref="AlternativeDate"/>.
/// </summary>
public class Incident : ArchivableEntity, IDatedEntry
{
    private readonly List<IncidentTypeLink> _types = [];
    private readonly List<IncidentVictim> _victims = [];
    private readonly List<IncidentPerpetrator> _perpetrators = [];
    private readonly List<IncidentSourceLink> _sources = [];

    private Incident()
    {
        Title = "";
        Date = null!;
    }

    public Incident(Guid caseId, string title, PartialDate date)
    {
        CaseId = caseId;
        Title = "";
        Date = date;
        Describe(title, null, date, null, null);
    }

    public Guid CaseId { get; private set; }

    public string Title { get; private set; }

    public string? Narrative { get; private set; }

    public PartialDate Date { get; private set; }

    public PartialDate? AlternativeDate { get; private set; }

    /// <summary>Which source gives which date, when they disagree.</summary>
    public string? DateNote { get; private set; }

    public string? Place { get; private set; }

    public VerificationStatus Verification { get; private set; } = VerificationStatus.Alleged;

    /// <summary>A group of victims as the sources count them ("at least 30 students"), named or not; null when none.</summary>
    public GroupCount? VictimGroup { get; private set; }

    public IReadOnlyList<IncidentTypeLink> Types => _types;

    public IReadOnlyList<IncidentVictim> Victims => _victims;

    public IReadOnlyList<IncidentPerpetrator> Perpetrators => _perpetrators;

    public IReadOnlyList<IncidentSourceLink> Sources => _sources;

    public bool DatesDisagree => AlternativeDate is not null;

    public void Describe(string title, string? narrative, PartialDate date, string? place, VerificationStatus? verification)
    {
        Title = Text.Required(title, TextLimits.Title, "Enter a title.", nameof(Title));
        Narrative = Text.Optional(narrative, TextLimits.LongText, nameof(Narrative));
        Date = date ?? throw new DomainException("Enter a date.", nameof(Date));
        Place = Text.Optional(place, TextLimits.Place, nameof(Place));
        Verification = verification ?? Verification;
    }

    public PartialDate StoryDate => Date;

    public void RecountFrom(PartialDate anchor) => Date = Date.RecountFrom(anchor);

    public void RecordDateDisagreement(PartialDate? alternativeDate, string? note)
    {
        if (alternativeDate is not null && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("Say which source gives which date.", nameof(DateNote));
        }

        AlternativeDate = alternativeDate;
        DateNote = Text.Optional(note, TextLimits.ShortText, nameof(DateNote));
    }

    public void Classify(IEnumerable<Guid> typeIds)
    {
        var ids = typeIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            throw new DomainException("Choose at least one incident type.", nameof(Types));
        }

        _types.RemoveAll(t => !ids.Contains(t.TermId));
        _types.AddRange(ids.Where(id => _types.All(t => t.TermId != id)).Select(id => new IncidentTypeLink(Id, id)));
    }

    public void ConcernsGroup(GroupCount? group) => VictimGroup = group;

    /// <summary>How many people the incident counts: its named victims and its group, by <see cref="GroupCount.PeopleWith"/>.</summary>
    public int PeopleAffected => GroupCount.PeopleWith(VictimGroup, _victims.Count);

    public void SetVictims(IEnumerable<Guid> personIds)
    {
        var ids = personIds.Distinct().ToList();
        _victims.RemoveAll(v => !ids.Contains(v.PersonId));
        _victims.AddRange(ids.Where(id => _victims.All(v => v.PersonId != id)).Select(id => new IncidentVictim(Id, id)));
    }

    /// <summary>Records a named victim's age at the time and injuries or condition; a person who is not a victim is refused.</summary>
    public void DescribeVictim(Guid personId, string? ageAsGiven, string? condition, bool conditionConfidential) =>
        (_victims.SingleOrDefault(v => v.PersonId == personId) ?? throw new DomainException("Choose the person as a victim first.", nameof(Victims)))
            .Describe(ageAsGiven, condition, conditionConfidential);

    public IncidentPerpetrator AddPerpetrator(Guid? institutionId, Guid? personId, Guid? perpetratorTypeId, string? description, string? position = null)
    {
        var perpetrator = new IncidentPerpetrator(Id, institutionId, personId, perpetratorTypeId, description, position);
        _perpetrators.Add(perpetrator);
        return perpetrator;
    }

    public void RemovePerpetrator(Guid perpetratorId) => _perpetrators.RemoveAll(p => p.Id == perpetratorId);

    public void CiteSources(IEnumerable<Guid> sourceIds)
    {
        var ids = sourceIds.Distinct().ToList();
        _sources.RemoveAll(s => !ids.Contains(s.SourceId));
        _sources.AddRange(ids.Where(id => _sources.All(s => s.SourceId != id)).Select(id => new IncidentSourceLink(Id, id)));
    }

    /// <summary>Says where in a cited source the fact is; a source the incident does not cite is ignored.</summary>
    public void CiteAt(Guid sourceId, string? locator) => _sources.FirstOrDefault(s => s.SourceId == sourceId)?.At(locator);
}

public record IncidentTypeLink(Guid IncidentId, Guid TermId);

/// <summary>
/// A named victim of an incident, with what the sources say of them at the time: their age as the
/// source gives it ("17", "about 60", "in his forties") and their injuries or condition, which may be
/// marked confidential (withheld from researchers, as contact details are).
/// </summary>
public record IncidentVictim(Guid IncidentId, Guid PersonId)
{
    public const int AgeLength = 40;

    public string? AgeAsGiven { get; private set; }

    public string? Condition { get; private set; }

    public bool ConditionConfidential { get; private set; }

    internal void Describe(string? ageAsGiven, string? condition, bool confidential)
    {
        AgeAsGiven = Text.Optional(ageAsGiven, AgeLength, nameof(AgeAsGiven));
        Condition = Text.Optional(condition, TextLimits.ShortText, nameof(Condition));
        ConditionConfidential = Condition is not null && confidential;
    }
}

/// <summary>An incident citing a source, with where in it the fact is (a page, a paragraph: "p. 12, para. 3"), if given.</summary>
public record IncidentSourceLink(Guid IncidentId, Guid SourceId)
{
    public const int LocatorLength = 100;

    public string? Locator { get; private set; }

    // Refused under the cited sources (SourceIds), where the form shows where in each source the fact is.
    internal void At(string? locator) => Locator = locator?.Trim().Length > LocatorLength
        ? throw new DomainException("A page or paragraph can have at most 100 characters.", "SourceIds")
        : Text.Optional(locator, LocatorLength, nameof(Locator));
}
