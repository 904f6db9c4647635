using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Incidents;

public sealed class IncidentInput
{
    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(TextLimits.Title, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [StringLength(TextLimits.TypedDate, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Date")]
    public string? Date { get; set; }

    /// <summary>The entry of the case this date counts from ("a week later") or comes after; none by default.</summary>
    [Display(Name = "Counted from, or comes after")]
    public Guid? DateAfterId { get; set; }

    /// <summary>When two sources give different dates: the other one, as typed.</summary>
    [StringLength(TextLimits.TypedDate, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Date another source gives")]
    public string? AlternativeDate { get; set; }

    [StringLength(TextLimits.ShortText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Which source gives which date")]
    public string? DateNote { get; set; }

    [StringLength(TextLimits.Place, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Place")]
    public string? Place { get; set; }

    [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "What happened")]
    public string? Narrative { get; set; }

    [Display(Name = "Verification")]
    public VerificationStatus Verification { get; set; } = VerificationStatus.Alleged;

    public List<Guid> TypeIds { get; set; } = [];

    /// <summary>An incident type to add when none listed fits (<see cref="Proposals"/>).</summary>
    [Display(Name = "Or a type not listed")]
    public string? NewType { get; set; }

    /// <summary>Adds the incident type typed under the list, if any, and ticks it.</summary>
    public Task<CaseFormOptions> ProposeAsync(Proposals proposals, CaseFormOptions options, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        return proposals.TermAsync(Vocabulary.IncidentType, NewType, "Input.NewType", "Input.TypeIds", id => TypeIds.Add(id), options, modelState, cancellationToken);
    }

    public List<Guid> VictimIds { get; set; } = [];

    /// <summary>Age and condition of the named victims; rows of people not chosen as victims are ignored.</summary>
    [Display(Name = "Age and condition of the victims")]
    public List<VictimDetailInput> VictimDetails { get; set; } = [];

    /// <summary>A group of victims as the source counts them, besides or including the named ones.</summary>
    [Display(Name = "Group of victims")]
    public GroupInput Group { get; set; } = new();

    public List<Guid> SourceIds { get; set; } = [];

    /// <summary>Where in each cited source the fact is ("p. 12"), by source.</summary>
    public Dictionary<Guid, string?> SourceLocators { get; set; } = [];

    [Display(Name = "Perpetrator institution")]
    public Guid? PerpetratorInstitutionId { get; set; }

    [Display(Name = "Perpetrator type")]
    public Guid? PerpetratorTypeId { get; set; }

    /// <summary>A named perpetrator: one of the case's people.</summary>
    [Display(Name = "Named person")]
    public Guid? PerpetratorPersonId { get; set; }

    [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Rank or position")]
    public string? PerpetratorPosition { get; set; }

    [StringLength(TextLimits.ShortText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Perpetrator, in words")]
    public string? PerpetratorDescription { get; set; }

    public List<Guid> RemovePerpetratorIds { get; set; } = [];

    /// <summary>The row version the edit form was loaded with.</summary>
    public uint Version { get; set; }

    /// <summary>
    /// A perpetrator type alone says nothing of who acted: the domain refuses it (IncidentPerpetrator), and
    /// the refusal is put next to the field that completes it, before anything is applied.
    /// </summary>
    public void CheckPerpetrator(ModelStateDictionary modelState, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (HasPerpetrator && PerpetratorInstitutionId is null && PerpetratorPersonId is null && string.IsNullOrWhiteSpace(PerpetratorDescription))
        {
            modelState.AddModelError($"Input.{nameof(PerpetratorDescription)}", localizer["Name an institution, a person or describe the perpetrator."]);
        }
    }

    public bool HasPerpetrator => PerpetratorInstitutionId is not null || PerpetratorPersonId is not null || PerpetratorTypeId is not null
        || !string.IsNullOrWhiteSpace(PerpetratorDescription) || !string.IsNullOrWhiteSpace(PerpetratorPosition);

    public static IncidentInput From(Incident incident) => new()
    {
        Title = incident.Title,
        Date = incident.Date.AsTyped,
        DateAfterId = incident.Date.After,
        AlternativeDate = incident.AlternativeDate?.AsTyped,
        DateNote = incident.DateNote,
        Place = incident.Place,
        Narrative = incident.Narrative,
        Verification = incident.Verification,
        TypeIds = incident.Types.Select(t => t.TermId).ToList(),
        VictimIds = incident.Victims.Select(v => v.PersonId).ToList(),
        Group = GroupInput.From(incident.VictimGroup),
        VictimDetails = incident.Victims.Where(v => v.AgeAsGiven is not null || v.Condition is not null)
            .Select(v => new VictimDetailInput { PersonId = v.PersonId, Age = v.AgeAsGiven, Condition = v.Condition, ConditionConfidential = v.ConditionConfidential })
            .ToList(),
        SourceIds = incident.Sources.Select(s => s.SourceId).ToList(),
        SourceLocators = incident.Sources.Where(s => s.Locator is not null).ToDictionary(s => s.SourceId, s => s.Locator),
        Version = incident.Version,
    };

    /// <summary>Applies the form to the incident, keeping only choices offered for this case.</summary>
    public void ApplyTo(Incident incident, Domain.Dates.PartialDate date, Domain.Dates.PartialDate? alternativeDate, Domain.Groups.GroupCount? group, CaseFormOptions options)
    {
        incident.ConcernsGroup(group);
        incident.Describe(Title, Narrative, date, Place, Verification);
        incident.RecordDateDisagreement(alternativeDate, DateNote);
        incident.Classify(CaseFormOptions.Allowed(TypeIds, options.TermsOf(Vocabulary.IncidentType)));
        incident.SetVictims(CaseFormOptions.Allowed(VictimIds, options.People));
        foreach (var victim in incident.Victims)
        {
            var detail = VictimDetails.FirstOrDefault(d => d.PersonId == victim.PersonId);
            incident.DescribeVictim(victim.PersonId, detail?.Age, detail?.Condition, detail?.ConditionConfidential ?? false);
        }

        incident.CiteSources(CaseFormOptions.Allowed(SourceIds, options.Sources));
        foreach (var cited in incident.Sources)
        {
            incident.CiteAt(cited.SourceId, SourceLocators.GetValueOrDefault(cited.SourceId));
        }
        foreach (var id in RemovePerpetratorIds)
        {
            incident.RemovePerpetrator(id);
        }

        if (HasPerpetrator)
        {
            incident.AddPerpetrator(
                CaseFormOptions.AllowedOne(PerpetratorInstitutionId, options.Institutions),
                CaseFormOptions.AllowedOne(PerpetratorPersonId, options.People),
                CaseFormOptions.AllowedOne(PerpetratorTypeId, options.TermsOf(Vocabulary.PerpetratorType)),
                PerpetratorDescription,
                PerpetratorPosition);
        }
    }
}
