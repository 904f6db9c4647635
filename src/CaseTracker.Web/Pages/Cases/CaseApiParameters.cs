using System.ComponentModel;
using CaseTracker.Domain.Cases;
using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Web.Pages.Cases;

/// <summary>One page of the case list, by reference; <c>next</c> is the <c>after</c> value of the following page, null on the last.</summary>
public sealed record CaseListPage(IReadOnlyList<CaseRow> Cases, string? Next);

/// <summary>The case list's filters as the API declares them; a value that does not parse is ignored, as on the page.</summary>
public sealed class CaseListParameters
{
    [FromQuery(Name = "status"), Description("Open, Monitoring or Closed")]
    public string? Status { get; init; }

    [FromQuery(Name = "country"), Description("Two-letter ISO country code")]
    public string? Country { get; init; }

    [FromQuery(Name = "sensitivity"), Description("Standard or Restricted")]
    public string? Sensitivity { get; init; }

    [FromQuery(Name = "q"), Description("Text in the title (at most 200 characters)")]
    public string? Q { get; init; }

    [FromQuery(Name = "after"), Description("The next value of the previous page")]
    public string? After { get; init; }

    public CaseListQuery ToQuery() =>
        new(Parse<CaseStatus>(Status), Country is { Length: 2 } ? Country : null, Parse<Sensitivity>(Sensitivity), Q is { Length: <= 200 } ? Q : null);

    private static T? Parse<T>(string? text)
        where T : struct, Enum => Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
}
