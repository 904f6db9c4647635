using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Sources;

namespace CaseTracker.Web.Pages.Sources;

public sealed class SourceInput
{
    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(TextLimits.Title, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [Display(Name = "Kind")]
    public SourceKind Kind { get; set; } = SourceKind.Document;

    [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Publisher or author")]
    public string? Publisher { get; set; }

    [StringLength(TextLimits.TypedDate, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Published on")]
    public string? PublishedOn { get; set; }

    [StringLength(TextLimits.Url, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Web address")]
    public string? Url { get; set; }

    [StringLength(16, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Language (for example en, ru, ky)")]
    public string? Language { get; set; }

    [Display(Name = "Reliability")]
    public Reliability Reliability { get; set; } = Reliability.Unknown;

    [Display(Name = "Keep this source's identity confidential")]
    public bool IsConfidential { get; set; }

    [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Internal notes")]
    public string? Notes { get; set; }

    /// <summary>The row version the edit form was loaded with.</summary>
    public uint Version { get; set; }

    public static SourceInput From(Source source) => new()
    {
        Title = source.Title,
        Kind = source.Kind,
        Publisher = source.Publisher,
        PublishedOn = source.PublishedOn?.AsTyped,
        Url = source.Url,
        Language = source.Language,
        Reliability = source.Reliability,
        IsConfidential = source.IsConfidential,
        Notes = source.Notes,
        Version = source.Version,
    };

    public void ApplyTo(Source source, CaseTracker.Domain.Dates.PartialDate? publishedOn) =>
        source.Describe(Title, Kind, Publisher, publishedOn, Url, Language, Reliability, IsConfidential, Notes);
}
