using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Complaints;
using CaseTracker.Web.Pages.Shared;

namespace CaseTracker.Web.Pages.Complaints;

public sealed class ComplaintInput
{
    [Required(ErrorMessage = "Choose what kind of request it is.")]
    [Display(Name = "Kind")]
    public Guid? KindId { get; set; }

    [Required(ErrorMessage = "Choose the institution it was sent to.")]
    [Display(Name = "Sent to")]
    public Guid? InstitutionId { get; set; }

    [StringLength(TextLimits.TypedDate, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Filed on")]
    public string? FiledOn { get; set; }

    /// <summary>The entry of the case this date counts from ("a week later") or comes after; none by default.</summary>
    [Display(Name = "Counted from, or comes after")]
    public Guid? DateAfterId { get; set; }

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
    [Display(Name = "Internal notes")]
    public string? Notes { get; set; }

    public List<Guid> IncidentIds { get; set; } = [];

    [Display(Name = "About this proceeding")]
    public Guid? ProceedingId { get; set; }

    public List<Guid> SourceIds { get; set; } = [];

    [DataType(DataType.Date)]
    [Display(Name = "Closed on (leave empty while it is open)")]
    public DateOnly? ClosedOn { get; set; }

    [StringLength(TextLimits.Reason, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Why it is closed")]
    public string? ClosedReason { get; set; }

    /// <summary>The row version the edit form was loaded with.</summary>
    public uint Version { get; set; }

    public static ComplaintInput From(Complaint complaint) => new()
    {
        KindId = complaint.KindId,
        InstitutionId = complaint.InstitutionId,
        FiledOn = complaint.FiledOn.AsTyped,
        DateAfterId = complaint.FiledOn.After,
        Subject = complaint.Subject,
        ReferenceNumber = complaint.ReferenceNumber,
        FiledByPersonId = complaint.FiledByPersonId,
        FiledByName = complaint.FiledByName,
        ReplyDueOverride = complaint.ReplyDueOverride,
        Notes = complaint.Notes,
        IncidentIds = complaint.Incidents.Select(i => i.IncidentId).ToList(),
        ProceedingId = complaint.ProceedingId,
        SourceIds = complaint.Sources.Select(s => s.SourceId).ToList(),
        ClosedOn = complaint.ClosedOn,
        ClosedReason = complaint.ClosedReason,
        Version = complaint.Version,
    };

    /// <summary>Applies everything but the kind, institution and dates, keeping only choices offered for this case.</summary>
    public void ApplyLinks(Complaint complaint, CaseFormOptions options)
    {
        complaint.FiledBy(CaseFormOptions.AllowedOne(FiledByPersonId, options.People), null, FiledByName);
        complaint.RelateIncidents(CaseFormOptions.Allowed(IncidentIds, options.Incidents));
        complaint.AsksAbout(CaseFormOptions.AllowedOne(ProceedingId, options.Proceedings));
        complaint.CiteSources(CaseFormOptions.Allowed(SourceIds, options.Sources));
    }
}
