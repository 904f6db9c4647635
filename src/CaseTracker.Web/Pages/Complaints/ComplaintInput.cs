using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Common;

namespace CaseTracker.Web.Pages.Complaints;

public sealed class ComplaintInput
{
    [Required(ErrorMessage = "Choose what kind of request it is.")]
    [Display(Name = "Kind")]
    public Guid? KindId { get; set; }

    [Required(ErrorMessage = "Choose the institution it was sent to.")]
    [Display(Name = "Sent to")]
    public Guid? InstitutionId { get; set; }

    [StringLength(100, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Filed on")]
    public string? FiledOn { get; set; }

    [Required(ErrorMessage = "Say what the complaint asks for.")]
    [StringLength(TextLimits.Title, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Subject")]
    public string Subject { get; set; } = "";

    [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Reference number")]
    public string? ReferenceNumber { get; set; }

    [Display(Name = "Filed by")]
    public Guid? FiledByPersonId { get; set; }

    [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Filed by (someone not in the case)")]
    public string? FiledByName { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Reply due (leave empty to use the institution's reply window)")]
    public DateOnly? ReplyDueOverride { get; set; }

    [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    public List<Guid> IncidentIds { get; set; } = [];

    public List<Guid> SourceIds { get; set; } = [];
}
