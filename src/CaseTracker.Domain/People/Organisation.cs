using CaseTracker.Domain.Common;

namespace CaseTracker.Domain.People;

/// <summary>An NGO or group that people belong to or work with.</summary>
public class Organisation : Entity
{
    private Organisation() => Name = "";

    public Organisation(string name, string? countryCode)
    {
        Name = "";
        Describe(name, countryCode, null);
    }

    public string Name { get; private set; }

    public string? CountryCode { get; private set; }

    public string? Notes { get; private set; }

    public void Describe(string name, string? countryCode, string? notes)
    {
        Name = Text.Required(name, TextLimits.Name, "Enter a name.", nameof(Name));
        CountryCode = string.IsNullOrWhiteSpace(countryCode) ? null : Countries.Normalize(countryCode, nameof(CountryCode));
        Notes = Text.Optional(notes, TextLimits.LongText, nameof(Notes));
    }
}
