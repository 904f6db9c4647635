using System.Text.Json.Serialization;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Sources;

namespace CaseTracker.Web.Pages.Sources;

/// <summary>
/// The one read shape of a source (STYLE 15), read by the case page, the timeline's footnotes, the case
/// JSON and the API. A confidential source's identity (title, publisher, date, address) is withheld from
/// readers who may not see confidential fields: only its kind and reliability remain.
/// </summary>
public sealed record SourceView(
    Guid Id,
    [property: JsonPropertyName("confidential")] bool Withheld,
    string? Title,
    SourceKind Kind,
    string? Publisher,
    PartialDate? PublishedOn,
    string? Url,
    Reliability Reliability)
{
    /// <summary>The case the source was entered in (and is edited in); another case may cite it.</summary>
    [JsonIgnore]
    public Guid EnteredIn { get; init; }

    public static SourceView From(Source source, bool seesConfidential) =>
        (source.IsConfidential && !seesConfidential
            ? new SourceView(source.Id, true, null, source.Kind, null, null, null, source.Reliability)
            : new SourceView(source.Id, false, source.Title, source.Kind, source.Publisher, source.PublishedOn, source.Url, source.Reliability)) with
        { EnteredIn = source.CaseId };
}
