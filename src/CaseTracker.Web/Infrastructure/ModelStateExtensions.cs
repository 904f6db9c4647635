using CaseTracker.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Shows a broken domain rule next to the field it names, or above the form when it names none.</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException exception, string prefix, IStringLocalizer localizer)
    {
        var key = exception.Field is null ? string.Empty : $"{prefix}.{exception.Field}";
        modelState.AddModelError(key, localizer[exception.Message]);
    }
}
