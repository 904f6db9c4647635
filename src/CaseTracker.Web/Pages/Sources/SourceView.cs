using System.Data.Common;
using System.Text.Json.Serialization;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Sources;
using CaseTracker.Web.Data;

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

    public static SourceView From(Source source, bool seesConfidential)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Seen(new SourceView(source.Id, source.IsConfidential, source.Title, source.Kind, source.Publisher, source.PublishedOn, source.Url, source.Reliability)
        { EnteredIn = source.CaseId }, seesConfidential);
    }

    /// <summary>The columns <see cref="Read"/> reads, of sources aliased s.</summary>
    internal static readonly string Columns = $"s.id, s.case_id, s.is_confidential, s.title, s.kind, s.publisher, {PartialDateSql.Columns("s.published_on")}, s.url, s.reliability";

    internal static SourceView Read(DbDataReader reader, bool seesConfidential) => Seen(
        new SourceView(reader.Id("id"), reader.Flag("is_confidential"), reader.Text("title"), Enum.Parse<SourceKind>(reader.Text("kind")),
            reader.OptionalText("publisher"), reader.OptionalDate("published_on"), reader.OptionalText("url"), Enum.Parse<Reliability>(reader.Text("reliability")))
        { EnteredIn = reader.Id("case_id") },
        seesConfidential);

    /// <summary>The source as its reader may see it: a confidential one (Withheld set from the stored flag) keeps only its kind and reliability for others.</summary>
    private static SourceView Seen(SourceView source, bool seesConfidential) =>
        source.Withheld && !seesConfidential
            ? new SourceView(source.Id, true, null, source.Kind, null, null, null, source.Reliability) { EnteredIn = source.EnteredIn }
            : source with { Withheld = false };
}
