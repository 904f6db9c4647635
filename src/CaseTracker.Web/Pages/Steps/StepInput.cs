using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Proceedings;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Steps;

public sealed class StepInput
{
    [Required(ErrorMessage = "Choose what happened.")]
    [Display(Name = "What happened")]
    public Guid? KindId { get; set; }

    [StringLength(TextLimits.TypedDate, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Date")]
    public string? Date { get; set; }

    /// <summary>The entry of the case this date counts from ("a week later") or comes after; none by default.</summary>
    [Display(Name = "Counted from, or comes after")]
    public Guid? DateAfterId { get; set; }

    /// <summary>Typed, so that "several" or "5x" gets a message next to the field rather than the binder's.</summary>
    [StringLength(8, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "How many times (for a repeated step, if the source says)")]
    public string? Times { get; set; }

    [Display(Name = "Court")]
    public Guid? CourtId { get; set; }

    [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Instance")]
    public string? Instance { get; set; }

    [StringLength(TextLimits.ShortText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Outcome")]
    public string? Outcome { get; set; }

    [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    /// <summary>The row version the edit form was loaded with.</summary>
    public uint Version { get; set; }

    public static StepInput From(ProceedingStep step) => new()
    {
        KindId = step.KindId,
        Date = step.Date.AsTyped,
        DateAfterId = step.Date.After,
        Times = step.Times?.ToString(CultureInfo.InvariantCulture),
        CourtId = step.CourtId,
        Instance = step.Instance,
        Outcome = step.Outcome,
        Summary = step.Summary,
        Version = step.Version,
    };

    /// <summary>The kind, court and count, when each is one offered or readable; otherwise the reason goes next to its field.</summary>
    public (Guid Kind, Guid? Court, int? Times)? Choices(CaseFormOptions options, ModelStateDictionary modelState, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(localizer);
        var kind = CaseFormOptions.AllowedOne(KindId, options.TermsOf(Vocabulary.ProceedingStepKind));
        if (kind is null)
        {
            modelState.AddModelError("Input.KindId", localizer["Choose what happened."]);
        }

        var court = CaseFormOptions.AllowedOne(CourtId, options.Institutions);
        if (CourtId is not null && court is null)
        {
            modelState.AddModelError("Input.CourtId", localizer["Choose a court from the list, or none."]);
        }

        int? times = null;
        if (!string.IsNullOrWhiteSpace(Times))
        {
            if (int.TryParse(Times.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000)
            {
                times = n;
            }
            else
            {
                modelState.AddModelError("Input.Times", localizer["Give how many times as a number from 1 to 10000, or leave it empty (\"several times\" is the kind itself)."]);
            }
        }

        return kind is { } k && modelState.IsValid ? (k, court, times) : null;
    }
}
