using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Incidents;

namespace CaseTracker.Web.Pages.Incidents;

/// <summary>One named victim's age at the time and injuries or condition, as the incident form takes them.</summary>
public sealed class VictimDetailInput
{
    public Guid PersonId { get; set; }

    [StringLength(IncidentVictim.AgeLength, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Age at the time, as the source gives it")]
    public string? Age { get; set; }

    [StringLength(TextLimits.ShortText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Injuries or condition")]
    public string? Condition { get; set; }

    [Display(Name = "Confidential: withheld from researchers")]
    public bool ConditionConfidential { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Age) && string.IsNullOrWhiteSpace(Condition);

    /// <summary>Compared when a stale save is refused (ConflictDescription reads it as text).</summary>
    public override string ToString() => $"{Age?.Trim()} {Condition?.Trim()}{(ConditionConfidential ? " *" : "")}".Trim();
}
