using CaseTracker.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Shows a broken domain rule next to the field it names, or above the form when it names none.</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException exception, string prefix, IStringLocalizer localizer)
    {
        // A rule about a field the form does not post (a domain name with no control) would otherwise be
        // added under a key nothing shows: it goes to the form's summary instead, so no refusal is silent.
        var key = exception.Field is null ? string.Empty : $"{prefix}.{exception.Field}";
        if (key.Length > 0 && !modelState.ContainsKey(key))
        {
            key = string.Empty;
        }

        modelState.AddModelError(key, localizer.Say(exception));
    }

    /// <summary>A broken domain rule in the reader's language, its numbers filled in after translation.</summary>
    public static string Say(this IStringLocalizer localizer, DomainException exception)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(exception);
        return localizer[exception.Template, [.. exception.Arguments]];
    }
}
