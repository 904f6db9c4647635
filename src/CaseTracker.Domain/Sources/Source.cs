using CaseTracker.Domain.Common;
using CaseTracker.Domain.Dates;

namespace CaseTracker.Domain.Sources;

public enum SourceKind
{
    Document,
    MediaArticle,
    NgoStatement,
    UnCommunication,
    Interview,
    Person,
}

public enum Reliability
{
    Unknown,
    Low,
    Medium,
    High,
}

/// <summary>
/// Where a fact comes from. A confidential source's identity (title, publisher, link, notes) is withheld
/// from researchers, who see "Confidential source" instead.
/// </summary>
public class Source : ArchivableEntity
{
    private readonly List<SourceCaseLink> _citedIn = [];

    private Source() => Title = "";

    public Source(Guid caseId, string title, SourceKind kind)
    {
        CaseId = caseId;
        Title = "";
        Kind = kind;
        Describe(title, kind, null, null, null, null, Reliability.Unknown, false, null);
    }

    /// <summary>The case the source was entered in, where it is edited.</summary>
    public Guid CaseId { get; private set; }

    /// <summary>
    /// The other cases that cite this source (one report about many defenders is entered once): each can
    /// cite it from its records, and its date is what their silences are known as of.
    /// </summary>
    public IReadOnlyList<SourceCaseLink> CitedIn => _citedIn;

    public string Title { get; private set; }

    public SourceKind Kind { get; private set; }

    public string? Publisher { get; private set; }

    public PartialDate? PublishedOn { get; private set; }

    public string? Url { get; private set; }

    /// <summary>BCP 47 language tag, for example "en" or "ru".</summary>
    public string? Language { get; private set; }

    public Reliability Reliability { get; private set; }

    public bool IsConfidential { get; private set; }

    public string? Notes { get; private set; }

    public void Describe(
        string title,
        SourceKind kind,
        string? publisher,
        PartialDate? publishedOn,
        string? url,
        string? language,
        Reliability reliability,
        bool isConfidential,
        string? notes)
    {
        Title = Text.Required(title, TextLimits.Title, "Enter a title.", nameof(Title));
        Kind = kind;
        Publisher = Text.Optional(publisher, TextLimits.Name, nameof(Publisher));
        PublishedOn = publishedOn;
        Url = CheckedUrl(url);
        Language = Text.Optional(language, 16, nameof(Language));
        Reliability = reliability;
        IsConfidential = isConfidential;
        Notes = Text.Optional(notes, TextLimits.LongText, nameof(Notes));
    }

    /// <summary>Lets another case cite the source; citing it in its own case or twice changes nothing.</summary>
    public void CiteIn(Guid caseId)
    {
        if (caseId != CaseId && _citedIn.All(c => c.CaseId != caseId))
        {
            _citedIn.Add(new SourceCaseLink(Id, caseId));
        }
    }

    public void NoLongerCiteIn(Guid caseId) => _citedIn.RemoveAll(c => c.CaseId == caseId);

    // Only web links: a javascript: or data: address shown as a link would run in the reader's browser.
    private static string? CheckedUrl(string? url)
    {
        var trimmed = Text.Optional(url, TextLimits.Url, nameof(Url));
        if (trimmed is null)
        {
            return null;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? trimmed
            : throw new DomainException("Enter a web address starting with https:// or http://.", nameof(Url));
    }
}

public record SourceCaseLink(Guid SourceId, Guid CaseId);
