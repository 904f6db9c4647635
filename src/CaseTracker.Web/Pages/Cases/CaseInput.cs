using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Common;

namespace CaseTracker.Web.Pages.Cases;

/// <summary>The fields of the case form (create and edit).</summary>
public sealed class CaseInput
{
    /// <summary>Typed by those who may choose references (<see cref="CaseReferenceCodes"/>); otherwise the system's.</summary>
    [StringLength(TextLimits.Reference, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Reference code")]
    public string? Reference { get; set; }

    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(TextLimits.Title, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    [Required(ErrorMessage = "Choose a country.")]
    [StringLength(2)]
    [Display(Name = "Country")]
    public string CountryCode { get; set; } = "";

    [Display(Name = "Status")]
    public CaseStatus Status { get; set; } = CaseStatus.Open;

    [Display(Name = "Risk level")]
    public RiskLevel Risk { get; set; } = RiskLevel.Medium;

    [Display(Name = "Sensitivity")]
    public Sensitivity Sensitivity { get; set; } = Sensitivity.Standard;

    /// <summary>The row version the form was loaded with (edit only).</summary>
    public uint Version { get; set; }

    public static CaseInput From(CaseFile c) => new()
    {
        Reference = c.Reference,
        Title = c.Title,
        Summary = c.Summary,
        CountryCode = c.CountryCode,
        Status = c.Status,
        Risk = c.RiskLevel,
        Sensitivity = c.Sensitivity,
        Version = c.Version,
    };

    /// <summary>Applies the form; <paramref name="reference"/> is the code the case is to have (<see cref="CaseReferenceCodes"/>).</summary>
    public void ApplyTo(CaseFile c, string reference)
    {
        c.Describe(reference, Title, Summary, CountryCode);
        c.Classify(Status, Risk, Sensitivity);
    }
}
