using CaseTracker.Domain.Common;

namespace CaseTracker.Domain.Incidents;

/// <summary>
/// Who did it: an institution, a named person, or both (an investigator of a city police department),
/// with the rank or position the sources give them at the time. An incident has as many as the sources
/// name: several institutions, several people, each with their own institution.
/// </summary>
public class IncidentPerpetrator : Entity
{
    private IncidentPerpetrator()
    {
    }

    internal IncidentPerpetrator(Guid incidentId, Guid? institutionId, Guid? personId, Guid? perpetratorTypeId, string? description, string? position = null)
    {
        if (institutionId is null && personId is null && string.IsNullOrWhiteSpace(description))
        {
            throw new DomainException("Name an institution, a person or describe the perpetrator.", nameof(description));
        }

        IncidentId = incidentId;
        InstitutionId = institutionId;
        PersonId = personId;
        PerpetratorTypeId = perpetratorTypeId;
        Description = Text.Optional(description, TextLimits.ShortText, nameof(Description));
        Position = Text.Optional(position, TextLimits.Name, nameof(Position));
    }

    public Guid IncidentId { get; private set; }

    public Guid? InstitutionId { get; private set; }

    public Guid? PersonId { get; private set; }

    public Guid? PerpetratorTypeId { get; private set; }

    public string? Description { get; private set; }

    /// <summary>Rank or position as the sources give it ("Major, senior investigator").</summary>
    public string? Position { get; private set; }
}
