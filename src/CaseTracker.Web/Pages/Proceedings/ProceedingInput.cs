using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Proceedings;
using CaseTracker.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Proceedings;

public sealed class ProceedingInput
{
    [Display(Name = "Kind of proceeding")]
    public ProceedingKind Kind { get; set; } = ProceedingKind.Investigation;

    [Required(ErrorMessage = "Choose who conducts it.")]
    [Display(Name = "Conducted by")]
    public Guid? ConductedById { get; set; }

    /// <summary>An institution to add when the one conducting it is not listed (<see cref="Proposals"/>).</summary>
    public NewInstitutionInput NewInstitution { get; set; } = new();

    /// <summary>Adds the institution typed under the list, if any, and chooses it.</summary>
    public Task<CaseFormOptions> ProposeAsync(Proposals proposals, CaseFormOptions options, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        return proposals.InstitutionAsync(NewInstitution, "Input.NewInstitution", "Input.ConductedById", id => ConductedById = id, options, modelState, cancellationToken);
    }

    [Required(ErrorMessage = "Say how the sources name it.")]
    [StringLength(TextLimits.Title, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Name")]
    public string Title { get; set; } = "";

    [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Case number")]
    public string? ReferenceNumber { get; set; }

    [StringLength(TextLimits.ShortText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Against whom")]
    public string? Against { get; set; }

    public List<Guid> IncidentIds { get; set; } = [];

    public List<Guid> SourceIds { get; set; } = [];

    /// <summary>The row version the edit form was loaded with.</summary>
    public uint Version { get; set; }

    public static ProceedingInput From(Proceeding proceeding) => new()
    {
        Kind = proceeding.Kind,
        ConductedById = proceeding.ConductedById,
        Title = proceeding.Title,
        ReferenceNumber = proceeding.ReferenceNumber,
        Against = proceeding.Against,
        IncidentIds = proceeding.Incidents.Select(l => l.IncidentId).ToList(),
        SourceIds = proceeding.Sources.Select(l => l.SourceId).ToList(),
        Version = proceeding.Version,
    };

    /// <summary>The institution chosen, when it is among those offered; otherwise the reason goes next to the field.</summary>
    public Guid? ConductedBy(CaseFormOptions options, ModelStateDictionary modelState, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(localizer);
        var institution = CaseFormOptions.AllowedOne(ConductedById, options.Institutions);
        if (institution is null && ConductedById is not null)
        {
            modelState.AddModelError("Input.ConductedById", localizer["Choose who conducts it."]);
        }

        return institution;
    }

    public void ApplyTo(Proceeding proceeding, Guid conductedBy, CaseFormOptions options)
    {
        ArgumentNullException.ThrowIfNull(proceeding);
        proceeding.Describe(Kind, conductedBy, Title, ReferenceNumber, Against);
        proceeding.Into(CaseFormOptions.Allowed(IncidentIds, options.Incidents));
        proceeding.CiteSources(CaseFormOptions.Allowed(SourceIds, options.Sources));
    }
}
