using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Common;

namespace CaseTracker.Web.Pages.Responses;

public sealed class ResponseInput
{
    [StringLength(100, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Date of the response")]
    public string? Date { get; set; }

    [Required(ErrorMessage = "Choose the outcome.")]
    [Display(Name = "Outcome")]
    public Guid? OutcomeId { get; set; }

    [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "What it said or did")]
    public string? Summary { get; set; }

    [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Reference number")]
    public string? ReferenceNumber { get; set; }

    [Display(Name = "Forwarded to")]
    public Guid? ForwardedToInstitutionId { get; set; }

    [Display(Name = "Forwarded to the body complained about")]
    public bool ForwardedToBodyComplainedAbout { get; set; }

    public List<Guid> SourceIds { get; set; } = [];
}
