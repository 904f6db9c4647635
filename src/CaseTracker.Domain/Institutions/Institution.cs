using CaseTracker.Domain.Common;

namespace CaseTracker.Domain.Institutions;

/// <summary>
/// A state or international body that acts or is addressed: a city prosecutor, a court, the UN Special
/// Rapporteur. Its reply window (days) overrides the default of its type.
/// </summary>
public class Institution : Entity
{
    private Institution() => Name = "";

    public Institution(string name, Guid typeId, string? countryCode)
    {
        Name = "";
        Describe(name, typeId, countryCode, null, null);
    }

    public string Name { get; private set; }

    public Guid TypeId { get; private set; }

    /// <summary>Empty for international bodies.</summary>
    public string? CountryCode { get; private set; }

    public Guid? ParentId { get; private set; }

    public int? ReplyWindowDays { get; private set; }

    /// <summary>
    /// Added by a caseworker while entering a record, so entry is never blocked by the list: usable at once,
    /// and shown to admins as new until one confirms it or merges it into an institution already listed.
    /// </summary>
    public bool IsProposed { get; private set; }

    /// <summary>An institution a caseworker adds while entering a record; it awaits an admin's review.</summary>
    public static Institution Propose(string name, Guid typeId, string? countryCode) =>
        new(name, typeId, countryCode) { IsProposed = true };

    public void Confirm() => IsProposed = false;

    public void Describe(string name, Guid typeId, string? countryCode, Guid? parentId, int? replyWindowDays)
    {
        Name = Text.Required(name, TextLimits.Name, "Enter a name.", nameof(Name));
        TypeId = typeId;
        CountryCode = string.IsNullOrWhiteSpace(countryCode) ? null : Countries.Normalize(countryCode, nameof(CountryCode));
        if (parentId == Id)
        {
            throw new DomainException("An institution cannot be its own parent.", nameof(ParentId));
        }

        ParentId = parentId;
        ReplyWindowDays = replyWindowDays is null or (>= 1 and <= 3650)
            ? replyWindowDays
            : throw new DomainException("A reply window is between 1 and 3650 days.", nameof(ReplyWindowDays));
    }

    /// <summary>The window a complaint to this institution gets: its own, else its type's, else 30 days.</summary>
    public int EffectiveReplyWindow(int? typeDefault) => ReplyWindowDays ?? typeDefault ?? 30;
}
