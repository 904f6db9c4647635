using CaseTracker.Domain.Common;
using CaseTracker.Domain.Dates;

namespace CaseTracker.Domain.People;

public enum Sex
{
    Unknown,
    Female,
    Male,
    Other,
}

/// <summary>
/// A defender or anyone else in a case. Names arrive in several spellings and scripts (Kamilzhan /
/// Kamil Ruziev / Ruziyev / Рузиев): all are kept as other names. Contact details and security notes
/// are confidential and withheld from researchers.
/// </summary>
public class Person : Entity
{
    private readonly List<OrganisationMembership> _memberships = [];

    private Person() => Name = "";

    public Person(string name)
    {
        Name = "";
        Rename(name, []);
    }

    public string Name { get; private set; }

    public List<string> OtherNames { get; private set; } = [];

    public Sex Sex { get; private set; }

    public int? BirthYear { get; private set; }

    public bool BirthYearApproximate { get; private set; }

    public string? Occupation { get; private set; }

    /// <summary>Confidential.</summary>
    public string? ContactDetails { get; private set; }

    /// <summary>Confidential.</summary>
    public string? SecurityNotes { get; private set; }

    public IReadOnlyList<OrganisationMembership> Memberships => _memberships;

    /// <summary>Two-letter ISO codes of the person's citizenships, as the sources give them.</summary>
    public List<string> Citizenships { get; private set; } = [];

    /// <summary>When the person died, as the sources give it; null while alive or not known to have died.</summary>
    public PartialDate? DiedOn { get; private set; }

    public string? DeathPlace { get; private set; }

    /// <summary>How, as the sources put it ("in custody, after a beating; officially heart failure").</summary>
    public string? DeathCircumstances { get; private set; }

    /// <summary>The incident the death resulted from, when the sources link them.</summary>
    public Guid? DeathIncidentId { get; private set; }

    public bool HasDied => DiedOn is not null;

    public void Rename(string name, IEnumerable<string> otherNames)
    {
        Name = Text.Required(name, TextLimits.Name, "Enter a name.", nameof(Name));
        var others = otherNames
            .Select(n => Text.Optional(n, TextLimits.Name, nameof(OtherNames)))
            .OfType<string>()
            .Where(n => !string.Equals(n, Name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        OtherNames = others.Count <= TextLimits.OtherNames
            ? others
            : throw DomainException.Formatted("A person can have at most {0} other names.", nameof(OtherNames), TextLimits.OtherNames);
    }

    public void Describe(Sex sex, int? birthYear, bool birthYearApproximate, string? occupation, int currentYear)
    {
        if (birthYear is not null && (birthYear < 1900 || birthYear > currentYear))
        {
            throw DomainException.Formatted("A year of birth is between 1900 and {0}.", nameof(BirthYear), currentYear);
        }

        Sex = sex;
        BirthYear = birthYear;
        BirthYearApproximate = birthYear is not null && birthYearApproximate;
        Occupation = Text.Optional(occupation, TextLimits.Name, nameof(Occupation));
    }

    public void HoldsCitizenship(IEnumerable<string> countryCodes)
    {
        var codes = countryCodes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().ToList();
        Citizenships = codes.All(Countries.All.ContainsKey)
            ? codes
            : throw new DomainException("Choose citizenships from the list of countries.", nameof(Citizenships));
    }

    /// <summary>Records a death: its date (required), where, how, and the incident it resulted from; all null to clear it.</summary>
    public void Died(PartialDate? on, string? place, string? circumstances, Guid? resultOfIncidentId)
    {
        if (on is null && (!string.IsNullOrWhiteSpace(place) || !string.IsNullOrWhiteSpace(circumstances) || resultOfIncidentId is not null))
        {
            throw new DomainException("Give the date of death, as the sources give it (a year is enough), or leave the death empty.", nameof(DiedOn));
        }

        DiedOn = on;
        DeathPlace = Text.Optional(place, TextLimits.Place, nameof(DeathPlace));
        DeathCircumstances = Text.Optional(circumstances, TextLimits.LongText, nameof(DeathCircumstances));
        DeathIncidentId = on is null ? null : resultOfIncidentId;
    }

    public void SetConfidential(string? contactDetails, string? securityNotes)
    {
        ContactDetails = Text.Optional(contactDetails, TextLimits.LongText, nameof(ContactDetails));
        SecurityNotes = Text.Optional(securityNotes, TextLimits.LongText, nameof(SecurityNotes));
    }

    public void JoinOrganisation(Guid organisationId, string? role)
    {
        if (_memberships.Any(m => m.OrganisationId == organisationId))
        {
            throw new DomainException("This person is already a member of this organisation.");
        }

        _memberships.Add(new OrganisationMembership(Id, organisationId, Text.Optional(role, TextLimits.Name, nameof(role))));
    }

    public void LeaveOrganisation(Guid organisationId) => _memberships.RemoveAll(m => m.OrganisationId == organisationId);
}

public class OrganisationMembership
{
    internal OrganisationMembership(Guid personId, Guid organisationId, string? role)
    {
        PersonId = personId;
        OrganisationId = organisationId;
        Role = role;
    }

    public Guid PersonId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string? Role { get; private set; }
}
