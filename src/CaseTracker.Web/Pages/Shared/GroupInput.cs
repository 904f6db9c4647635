using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Groups;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Shared;

/// <summary>
/// A group a record concerns, as typed: how many (text, so "1,500" or "1 500" are read and "thirty" is
/// refused next to the field in our words), how sure, who, and whether the named people are among them.
/// </summary>
public sealed class GroupInput
{
    [StringLength(20, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "How many")]
    public string? Count { get; set; }

    [Display(Name = "How sure the source is")]
    public CountQualifier Qualifier { get; set; } = CountQualifier.Exactly;

    [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Who they are")]
    public string? Who { get; set; }

    [Display(Name = "The named victims are among them")]
    public bool IncludesNamed { get; set; } = true;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Count) && string.IsNullOrWhiteSpace(Who);

    public static GroupInput From(GroupCount? group) => group is null
        ? new GroupInput()
        : new GroupInput
        {
            Count = group.Count.ToString(CultureInfo.InvariantCulture),
            Qualifier = group.Qualifier,
            Who = group.Who,
            IncludesNamed = group.IncludesNamed,
        };

    /// <summary>
    /// The group typed, null when none; when a part is missing or the number unreadable, null with the
    /// reason next to that field (<paramref name="prefix"/>.Count or .Who).
    /// </summary>
    public GroupCount? Read(string prefix, ModelStateDictionary modelState, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(localizer);
        if (IsEmpty)
        {
            return null;
        }

        var count = Number(Count);
        if (string.IsNullOrWhiteSpace(Count))
        {
            modelState.AddModelError($"{prefix}.Count", localizer["Give how many, as the source does; choose \"about\" or \"at least\" when it is not exact."]);
        }
        else if (count is null)
        {
            modelState.AddModelError($"{prefix}.Count", localizer["Give how many as a number from 1 to 10,000,000."]);
        }

        if (string.IsNullOrWhiteSpace(Who))
        {
            modelState.AddModelError($"{prefix}.Who", localizer["Say who the group is: students, cellmates, detainees."]);
        }

        return modelState.IsValid && count is { } known ? new GroupCount(known, Qualifier, Who!, IncludesNamed) : null;
    }

    /// <summary>
    /// A count as people type it, with digit-group separators ("1,500", "1.500", "1 500", also with
    /// no-break spaces): the number from 1 to <see cref="GroupCount.Largest"/>, or null when it is not one.
    /// </summary>
    public static int? Number(string? typed)
    {
        var digits = new string((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c is not (',' or '.' or '\u00a0' or '\u202f')).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= GroupCount.Largest ? parsed : null;
    }

    /// <summary>The group in symbols ("≥30 students"), so a refused stale save can show what someone else saved.</summary>
    public override string ToString() => IsEmpty ? "" : $"{GroupCount.Symbol(Qualifier)}{Count?.Trim()} {Who?.Trim()}" + (IncludesNamed ? "" : " +");
}
