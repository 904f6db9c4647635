using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Acts;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Acts;

public sealed class ActInput
{
    [Required(ErrorMessage = "Choose the institution that acted.")]
    [Display(Name = "Institution")]
    public Guid? InstitutionId { get; set; }

    [Required(ErrorMessage = "Choose what the institution did.")]
    [Display(Name = "What it did")]
    public Guid? KindId { get; set; }

    /// <summary>An institution to add when the one that acted is not listed (<see cref="Proposals"/>).</summary>
    public NewInstitutionInput NewInstitution { get; set; } = new();

    /// <summary>A kind of act to add when none listed fits.</summary>
    [Display(Name = "Or a kind not listed")]
    public string? NewKind { get; set; }

    [StringLength(TextLimits.TypedDate, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Date")]
    public string? Date { get; set; }

    /// <summary>The entry of the case this date counts from ("a week later") or comes after; none by default.</summary>
    [Display(Name = "Counted from, or comes after")]
    public Guid? DateAfterId { get; set; }

    [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "What it said or did, in short")]
    public string? Summary { get; set; }

    public List<Guid> IncidentIds { get; set; } = [];

    public List<Guid> PersonIds { get; set; } = [];

    /// <summary>A group the act concerns, as the source counts it.</summary>
    [Display(Name = "Group it concerns")]
    public GroupInput Group { get; set; } = new();

    public List<Guid> SourceIds { get; set; } = [];

    /// <summary>The row version the edit form was loaded with.</summary>
    public uint Version { get; set; }

    public static ActInput From(InstitutionalAct act) => new()
    {
        InstitutionId = act.InstitutionId,
        KindId = act.KindId,
        Date = act.Date.AsTyped,
        DateAfterId = act.Date.After,
        Summary = act.Summary,
        IncidentIds = act.Incidents.Select(l => l.IncidentId).ToList(),
        PersonIds = act.People.Select(l => l.PersonId).ToList(),
        Group = GroupInput.From(act.Group),
        SourceIds = act.Sources.Select(l => l.SourceId).ToList(),
        Version = act.Version,
    };

    /// <summary>
    /// The institution and kind chosen, when they are among the choices offered; otherwise the reason goes
    /// next to the field (a forged id reads as no choice).
    /// </summary>
    public (Guid Institution, Guid Kind)? Choices(CaseFormOptions options, ModelStateDictionary modelState, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(localizer);
        var institution = CaseFormOptions.AllowedOne(InstitutionId, options.Institutions);
        var kind = CaseFormOptions.AllowedOne(KindId, options.TermsOf(Vocabulary.ActKind));
        // An institution or kind being added under the list is refused next to what was typed there.
        if (institution is null && string.IsNullOrWhiteSpace(NewInstitution.Name))
        {
            modelState.AddModelError("Input.InstitutionId", localizer["Choose the institution that acted."]);
        }

        if (kind is null && string.IsNullOrWhiteSpace(NewKind))
        {
            modelState.AddModelError("Input.KindId", localizer["Choose what the institution did."]);
        }

        return institution is { } i && kind is { } k ? (i, k) : null;
    }

    /// <summary>Adds the institution or kind typed under the lists, if any, and chooses them (<see cref="Proposals"/>).</summary>
    public async Task<CaseFormOptions> ProposeAsync(Proposals proposals, CaseFormOptions options, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        options = await proposals.InstitutionAsync(NewInstitution, "Input.NewInstitution", "Input.InstitutionId", id => InstitutionId = id, options, modelState, cancellationToken);
        return await proposals.TermAsync(Vocabulary.ActKind, NewKind, "Input.NewKind", "Input.KindId", id => KindId = id, options, modelState, cancellationToken);
    }

    /// <summary>Applies the links, keeping only choices offered for this case.</summary>
    public void ApplyLinks(InstitutionalAct act, Domain.Groups.GroupCount? group, CaseFormOptions options)
    {
        act.ConcernsGroup(group);
        act.Concerns(CaseFormOptions.Allowed(IncidentIds, options.Incidents), CaseFormOptions.Allowed(PersonIds, options.People));
        act.CiteSources(CaseFormOptions.Allowed(SourceIds, options.Sources));
    }
}
