using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Common;

namespace CaseTracker.Web.Pages.Shared;

/// <summary>
/// An institution typed under a record form's institution list when the one meant is not there yet
/// (see <see cref="Proposals"/>): its name, country (typed as a name or code; empty for an international
/// body) and type.
/// </summary>
public sealed class NewInstitutionInput
{
    [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Name of the institution to add")]
    public string? Name { get; set; }

    [StringLength(60, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Its country (empty for an international body)")]
    public string? Country { get; set; }

    [Display(Name = "Its type")]
    public Guid? TypeId { get; set; }
}

/// <summary>What the new-institution part of a record form (_NewInstitution.cshtml) shows.</summary>
public sealed record NewInstitutionField(string Prefix, NewInstitutionInput Input, CaseFormOptions Options);

/// <summary>What the new-term part of a record form (_NewTerm.cshtml) shows.</summary>
public sealed record NewTermField(string Name, string? Value, string Label);

/// <summary>What an admin's review of an institution or term (_ReviewProposal.cshtml) shows: whether it awaits confirmation, and what it can be merged into.</summary>
public sealed record ReviewPanel(bool IsProposed, IReadOnlyList<Choice> Targets);
