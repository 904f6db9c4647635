using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace CaseTracker.Web.Pages.Search;

/// <summary>
/// The search page's parameters as the API declares them. All are text and read leniently, as the page
/// reads them: a malformed value is dropped, never an error (<see cref="SearchCriteria.Read"/>).
/// </summary>
public sealed class SearchParameters
{
    [FromQuery(Name = "q"), Description("Words, \"a phrase\", -excluded, or a person's name (misspellings and either script)")]
    public string? Q { get; init; }

    [FromQuery(Name = "country"), Description("Two-letter ISO country code of the case")]
    public string? Country { get; init; }

    [FromQuery(Name = "type"), Description("Incident type (vocabulary term id)")]
    public string? Type { get; init; }

    [FromQuery(Name = "perpetrator"), Description("Perpetrator type (vocabulary term id)")]
    public string? Perpetrator { get; init; }

    [FromQuery(Name = "institution"), Description("Institution id: perpetrator of an incident or addressee of a complaint")]
    public string? Institution { get; init; }

    [FromQuery(Name = "verification"), Description("Unverified, Corroborated or Verified")]
    public string? Verification { get; init; }

    [FromQuery(Name = "status"), Description("Case status: Open, Monitoring or Closed")]
    public string? Status { get; init; }

    [FromQuery(Name = "from"), Description("Dated records that may fall on or after this date (2019, June 2019, 2019-06-10)")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("Dated records that may fall on or before this date")]
    public string? To { get; init; }

    [FromQuery(Name = "after"), Description("The next value of the previous page")]
    public string? After { get; init; }

    public SearchCriteria ToCriteria() => SearchCriteria.Read(new QueryCollection(new Dictionary<string, StringValues>
    {
        ["q"] = Q,
        ["country"] = Country,
        ["type"] = Type,
        ["perpetrator"] = Perpetrator,
        ["institution"] = Institution,
        ["verification"] = Verification,
        ["status"] = Status,
        ["from"] = From,
        ["to"] = To,
        ["after"] = After,
    }));
}

/// <summary>
/// One page of search hits, best first. <c>count</c> stops at 200 (<c>countCapped</c> says there are
/// more); <c>next</c> is the <c>after</c> value of the following page; <c>textShortened</c> says only the
/// first words of <c>q</c> were searched.
/// </summary>
public sealed record SearchDocument(bool TextShortened, int Count, bool CountCapped, string? Next, IReadOnlyList<SearchHitDocument> Hits)
{
    public static SearchDocument From(SearchCriteria criteria, SearchResults results) => new(
        criteria.TextShortened,
        Math.Min(results.Count, results.Cap),
        results.CountCapped,
        results.Next?.ToString(),
        results.Hits.Select(h => new SearchHitDocument(h.Kind.ToString().ToLowerInvariant(), h.Id, h.CaseId, h.CaseReference, h.Title,
            h.Date?.ToEdtf(), h.Date?.KnownEarliest, h.Date?.KnownLatest, h.Score)).ToList());
}

/// <summary>A hit: <c>kind</c> is case, person, incident, complaint or response; dates only for dated records.</summary>
public sealed record SearchHitDocument(string Kind, Guid Id, Guid? CaseId, string? CaseReference, string Title, string? Edtf, DateOnly? Earliest, DateOnly? Latest, double Score);
