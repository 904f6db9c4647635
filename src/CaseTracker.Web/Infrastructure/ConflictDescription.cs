using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// After a refused save: which fields someone else changed, with the value now saved, read off the
/// form's input model (every field with a [Display] name). Ids are shown by the label the form offered.
/// </summary>
public static class ConflictDescription
{
    public static IReadOnlyList<SavedField> Between<TInput>(TInput mine, TInput saved, IStringLocalizer localizer, IReadOnlyDictionary<Guid, string>? labels = null)
    {
        var fields = new List<SavedField>();
        foreach (var property in typeof(TInput).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<DisplayAttribute>()?.Name is not { } name)
            {
                continue;
            }

            var mineText = Format(property.GetValue(mine), localizer, labels);
            var savedText = Format(property.GetValue(saved), localizer, labels);
            if (!string.Equals(mineText, savedText, StringComparison.Ordinal))
            {
                fields.Add(new SavedField(localizer[name], savedText));
            }
        }

        return fields;
    }

    private static string Format(object? value, IStringLocalizer localizer, IReadOnlyDictionary<Guid, string>? labels) => value switch
    {
        null => "",
        string text => text.Trim().ReplaceLineEndings("\n"),
        bool flag => flag ? localizer["Yes"] : localizer["No"],
        Guid id => labels?.GetValueOrDefault(id) ?? id.ToString(),
        Enum member => localizer[$"Enum.{member.GetType().Name}.{member}"],
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object>().Select(i => Format(i, localizer, labels)).Order(StringComparer.Ordinal)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

public sealed record SavedField(string Field, string SavedValue);
