using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.People;

namespace CaseTracker.Web.Pages.People;

public sealed class PersonInput
{
    [Display(Name = "Someone already on file")]
    public Guid? ExistingPersonId { get; set; }

    [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [StringLength(6000, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Other names and spellings (one per line)")]
    public string? OtherNames { get; set; }

    [Display(Name = "Role in this case")]
    public ParticipantRole Role { get; set; } = ParticipantRole.Defender;

    [Display(Name = "Sex")]
    public Sex Sex { get; set; }

    [Range(1900, 2100, ErrorMessage = "A year of birth is between {1} and {2}.")]
    [Display(Name = "Year of birth")]
    public int? BirthYear { get; set; }

    [Display(Name = "The year of birth is approximate")]
    public bool BirthYearApproximate { get; set; }

    [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Occupation")]
    public string? Occupation { get; set; }

    [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Contact details (confidential)")]
    public string? ContactDetails { get; set; }

    [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Security notes (confidential)")]
    public string? SecurityNotes { get; set; }

    [StringLength(TextLimits.ShortText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Citizenship (countries, separated by commas)")]
    public string? Citizenships { get; set; }

    [StringLength(TextLimits.TypedDate, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Died on")]
    public string? DiedOn { get; set; }

    [StringLength(TextLimits.Place, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Place of death")]
    public string? DeathPlace { get; set; }

    [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Circumstances of death")]
    public string? DeathCircumstances { get; set; }

    [Display(Name = "Resulted from this incident")]
    public Guid? DeathIncidentId { get; set; }

    public static PersonInput From(Person person) => new()
    {
        Name = person.Name,
        OtherNames = string.Join('\n', person.OtherNames),
        Sex = person.Sex,
        BirthYear = person.BirthYear,
        BirthYearApproximate = person.BirthYearApproximate,
        Occupation = person.Occupation,
        ContactDetails = person.ContactDetails,
        SecurityNotes = person.SecurityNotes,
        Citizenships = string.Join(", ", person.Citizenships.Select(Countries.NameOf)),
        DiedOn = person.DiedOn?.AsTyped,
        DeathPlace = person.DeathPlace,
        DeathCircumstances = person.DeathCircumstances,
        DeathIncidentId = person.DeathIncidentId,
    };

    /// <summary>
    /// The citizenships typed, each a country's name or two-letter code; null, with the reason next to the
    /// field, when one is neither.
    /// </summary>
    public List<string>? CitizenshipCodes(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, Microsoft.Extensions.Localization.IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(localizer);
        var codes = new List<string>();
        foreach (var typed in (Citizenships ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Countries.CodeOf(typed) is not { } code)
            {
                modelState.AddModelError("Input.Citizenships", localizer["\"{0}\" is not a country we know. Write its name, like Kyrgyzstan or Кыргызстан, or its two-letter code, like KG.", typed]);
                return null;
            }

            codes.Add(code);
        }

        return codes;
    }

    public IEnumerable<string> OtherNameList() =>
        (OtherNames ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
