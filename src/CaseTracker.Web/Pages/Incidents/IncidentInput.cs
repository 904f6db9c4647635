using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Incidents;

namespace CaseTracker.Web.Pages.Incidents;

public sealed class IncidentInput
{
    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(TextLimits.Title, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [StringLength(100, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Date")]
    public string? Date { get; set; }

    [StringLength(TextLimits.Place, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Place")]
    public string? Place { get; set; }

    [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "What happened")]
    public string? Narrative { get; set; }

    [Display(Name = "Verification")]
    public VerificationStatus Verification { get; set; } = VerificationStatus.Alleged;

    public List<Guid> TypeIds { get; set; } = [];

    public List<Guid> VictimIds { get; set; } = [];

    public List<Guid> SourceIds { get; set; } = [];

    [Display(Name = "Perpetrator institution")]
    public Guid? PerpetratorInstitutionId { get; set; }

    [Display(Name = "Perpetrator type")]
    public Guid? PerpetratorTypeId { get; set; }

    [StringLength(TextLimits.ShortText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Perpetrator, in words")]
    public string? PerpetratorDescription { get; set; }

    public bool HasPerpetrator => PerpetratorInstitutionId is not null || PerpetratorTypeId is not null || !string.IsNullOrWhiteSpace(PerpetratorDescription);
}
