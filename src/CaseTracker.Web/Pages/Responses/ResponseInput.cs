using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Pages.Shared;

namespace CaseTracker.Web.Pages.Responses;

public sealed class ResponseInput
{
    [StringLength(TextLimits.TypedDate, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Date of the response")]
    public string? Date { get; set; }

    /// <summary>The entry of the case this date counts from ("a week later") or comes after; none by default.</summary>
    [Display(Name = "Counted from, or comes after")]
    public Guid? DateAfterId { get; set; }

    [Required(ErrorMessage = "Choose the outcome.")]
    [Display(Name = "Outcome")]
    public Guid? OutcomeId { get; set; }

    [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "What it said or did")]
    public string? Summary { get; set; }

    [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Reference number")]
    public string? ReferenceNumber { get; set; }

    /// <summary>The institution that answered, when the complaint was forwarded and another body replied; empty for the addressee.</summary>
    [Display(Name = "Answered by")]
    public Guid? FromInstitutionId { get; set; }

    [Display(Name = "Forwarded to")]
    public Guid? ForwardedToInstitutionId { get; set; }

    [Display(Name = "Forwarded to the body complained about")]
    public bool ForwardedToBodyComplainedAbout { get; set; }

    public List<Guid> SourceIds { get; set; } = [];

    /// <summary>The row version the edit form was loaded with.</summary>
    public uint Version { get; set; }

    public static ResponseInput From(InstitutionalResponse response) => new()
    {
        Date = response.Date.AsTyped,
        DateAfterId = response.Date.After,
        OutcomeId = response.OutcomeId,
        Summary = response.Summary,
        ReferenceNumber = response.ReferenceNumber,
        FromInstitutionId = response.FromInstitutionId,
        ForwardedToInstitutionId = response.ForwardedToInstitutionId,
        ForwardedToBodyComplainedAbout = response.ForwardedToBodyComplainedAbout,
        SourceIds = response.Sources.Select(s => s.SourceId).ToList(),
        Version = response.Version,
    };

    /// <summary>Applies the input to a response of a complaint sent to <paramref name="addresseeId"/>, keeping only choices offered for this case.</summary>
    public void ApplyTo(InstitutionalResponse response, PartialDate date, Guid outcomeId, CaseFormOptions options, Guid addresseeId)
    {
        response.Describe(date, outcomeId, Summary, ReferenceNumber);
        response.CameFrom(CaseFormOptions.AllowedOne(FromInstitutionId, options.Institutions), addresseeId);
        response.ForwardedTo(CaseFormOptions.AllowedOne(ForwardedToInstitutionId, options.Institutions), ForwardedToBodyComplainedAbout);
        response.CiteSources(CaseFormOptions.Allowed(SourceIds, options.Sources));
    }
}
