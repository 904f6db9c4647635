using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Groups;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.People;
using CaseTracker.Domain.Proceedings;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Pages.Search;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Enum values shown in pages go through the localizer as "Enum.&lt;Type&gt;.&lt;Member&gt;". The types listed
/// here are checked by a test and read by eng/update-strings.py.
/// </summary>
public static class EnumLabels
{
    public static IReadOnlyList<Type> Shown { get; } =
    [
        typeof(CaseStatus), typeof(RiskLevel), typeof(Sensitivity), typeof(ParticipantRole), typeof(VerificationStatus),
        typeof(ComplaintStatus), typeof(SourceKind), typeof(Reliability), typeof(Sex), typeof(Vocabulary), typeof(AuditAction),
        typeof(SearchHitKind), typeof(ProceedingKind), typeof(ProceedingState), typeof(CountQualifier),
    ];

    public static string Label<T>(this IStringLocalizer localizer, T value)
        where T : struct, Enum => localizer[$"Enum.{typeof(T).Name}.{value}"];

    public static List<SelectListItem> Options<T>(this IStringLocalizer localizer, T selected)
        where T : struct, Enum => localizer.Options((T?)selected);

    public static List<SelectListItem> Options<T>(this IStringLocalizer localizer, T? selected)
        where T : struct, Enum =>
        Enum.GetValues<T>()
            .Select(v => new SelectListItem(localizer.Label(v), v.ToString(), selected is { } s && s.Equals(v)))
            .ToList();
}
