using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Gives a message of our own (an English resource key, so the localizer translates it) to the validation
/// attributes that have none: the [Required] MVC adds to every non-nullable property and a [StringLength]
/// written without one. Their framework defaults are English only ("The Статус field is required."),
/// which a hand-made or truncated request would otherwise show a Russian reader.
/// </summary>
public sealed class DefaultValidationMessages : IValidationMetadataProvider
{
    public const string Required = "Fill in this field.";
    public const string TooLong = "This can have at most {1} characters.";
    public const string NotValid = "What was entered here cannot be read.";
    public const string NotANumber = "Enter a number.";

    /// <summary>Model binding's own messages ("The value '' is invalid."), translated when they are shown.</summary>
    public static void Localize(MvcOptions options, IStringLocalizer localizer)
    {
        var messages = options.ModelBindingMessageProvider;
        string Invalid(string? value) => string.IsNullOrWhiteSpace(value) ? localizer[Required] : localizer[NotValid];
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => Invalid(value));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(Invalid);
        messages.SetValueIsInvalidAccessor(Invalid);
        messages.SetUnknownValueIsInvalidAccessor(_ => localizer[NotValid]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer[NotValid]);
        messages.SetValueMustBeANumberAccessor(_ => localizer[NotANumber]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer[NotANumber]);
        messages.SetValueMustNotBeNullAccessor(_ => localizer[Required]);
        messages.SetMissingBindRequiredValueAccessor(_ => localizer[Required]);
        messages.SetMissingKeyOrValueAccessor(() => localizer[Required]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer[Required]);
    }

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceType is not null)
            {
                continue;
            }

            attribute.ErrorMessage = attribute switch
            {
                RequiredAttribute => Required,
                StringLengthAttribute or MaxLengthAttribute => TooLong,
                _ => attribute.ErrorMessage,
            };
        }
    }
}
