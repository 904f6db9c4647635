using System.Text.RegularExpressions;
using CaseTracker.Domain.Common;

namespace CaseTracker.Domain.Cases;

/// <summary>A case file: one or more defenders at risk and everything that happened around them.</summary>
public partial class CaseFile : Entity
{
    private readonly List<CaseParticipant> _participants = [];
    private readonly List<CaseAssignment> _assignments = [];

    private CaseFile()
    {
        Reference = "";
        Title = "";
        CountryCode = "";
    }

    public CaseFile(string reference, string title, string countryCode, DateTimeOffset now)
    {
        Reference = "";
        Title = "";
        CountryCode = "";
        CreatedAt = now;
        Describe(reference, title, null, countryCode);
    }

    public string Reference { get; private set; }

    public string Title { get; private set; }

    public string? Summary { get; private set; }

    public CaseStatus Status { get; private set; } = CaseStatus.Open;

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string CountryCode { get; private set; }

    public RiskLevel RiskLevel { get; private set; } = RiskLevel.Medium;

    public Sensitivity Sensitivity { get; private set; } = Sensitivity.Standard;

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<CaseParticipant> Participants => _participants;

    public IReadOnlyList<CaseAssignment> Assignments => _assignments;

    public void Describe(string reference, string title, string? summary, string countryCode)
    {
        var code = Text.Required(reference, TextLimits.Reference, "Enter a reference code.", nameof(Reference)).ToUpperInvariant();
        Reference = ReferencePattern().IsMatch(code)
            ? code
            : throw new DomainException("Use letters, digits and dashes, for example KG-2020-003.", nameof(Reference));
        Title = Text.Required(title, TextLimits.Title, "Enter a title.", nameof(Title));
        Summary = Text.Optional(summary, TextLimits.LongText, nameof(Summary));
        CountryCode = Countries.Normalize(countryCode, nameof(CountryCode));
    }

    public void Classify(CaseStatus status, RiskLevel risk, Sensitivity sensitivity)
    {
        Status = status;
        RiskLevel = risk;
        Sensitivity = sensitivity;
    }

    public CaseParticipant AddParticipant(Guid personId, ParticipantRole role)
    {
        if (_participants.Any(p => p.PersonId == personId && p.Role == role))
        {
            throw new DomainException("This person already has this role in the case.", nameof(role));
        }

        var participant = new CaseParticipant(Id, personId, role);
        _participants.Add(participant);
        return participant;
    }

    public void Assign(Guid userId)
    {
        if (_assignments.All(a => a.UserId != userId))
        {
            _assignments.Add(new CaseAssignment(Id, userId));
        }
    }

    public void Unassign(Guid userId) => _assignments.RemoveAll(a => a.UserId == userId);

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex ReferencePattern();
}
