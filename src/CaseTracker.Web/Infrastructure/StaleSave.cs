using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// What every edit page does when its save was refused because someone saved the record in between:
/// keep the user's input, say so above the form, list what the other person changed, and take the newer
/// row version so that saving again overwrites knowingly.
/// </summary>
public static class StaleSave
{
    public static IReadOnlyList<SavedField> Refuse<TInput>(
        ModelStateDictionary modelState,
        string versionField,
        TInput mine,
        TInput saved,
        IStringLocalizer localizer,
        IReadOnlyDictionary<Guid, string>? labels = null)
    {
        // The hidden version field must render the saved version, not the stale one that was posted.
        modelState.Remove(versionField);
        modelState.AddModelError(string.Empty, localizer["Someone else saved this record while you were editing. Your changes are not saved yet: what they changed is shown above the form; save again to keep yours."]);
        return ConflictDescription.Between(mine, saved, localizer, labels);
    }
}
