using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Incidents;

namespace CaseTracker.Web.Pages.Search;

/// <summary>What a search asks for, as read from the URL (page and API alike). Anything malformed is dropped, never an error.</summary>
public sealed record SearchCriteria(
    string? Text,
    string? Country,
    Guid? IncidentType,
    Guid? PerpetratorType,
    Guid? Institution,
    VerificationStatus? Verification,
    CaseStatus? CaseStatus,
    PartialDate? From,
    PartialDate? To,
    SearchCursor? After)
{
    /// <summary>Longer text is cut: no real query is longer, and the database need not see a megabyte.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>
    /// Only the first words are searched. PostgreSQL's ranking time grows with the words of the query for
    /// every record that matches: 333 times "-a" (every record matches a negation) took 9 s on a
    /// thousand incidents, and a signed-in user could have kept the database busy with it.
    /// </summary>
    public const int MaxWords = 12;

    /// <summary>The text had more than <see cref="MaxWords"/> words and only the first were kept.</summary>
    public bool TextShortened { get; init; }

    public static SearchCriteria Read(IQueryCollection query)
    {
        string? One(string name) => query[name].FirstOrDefault() is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        Guid? Id(string name) => Guid.TryParse(One(name), out var id) ? id : null;
        T? Choice<T>(string name)
            where T : struct, Enum => Enum.TryParse<T>(One(name), ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
        PartialDate? Date(string name) => PartialDate.TryParse(One(name), out var date, out _) ? date : null;

        // Control characters (a NUL above all, which PostgreSQL refuses in text) become spaces.
        var text = One("q") is { } typed ? new string(typed.Select(ch => char.IsControl(ch) ? ' ' : ch).ToArray()).Trim() : null;
        text = string.IsNullOrEmpty(text) ? null : text;
        text = text is { Length: > MaxTextLength } ? text[..MaxTextLength] : text;
        var words = text?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];
        var shortened = words.Length > MaxWords;
        var country = One("country")?.ToUpperInvariant();
        return new SearchCriteria(
            shortened ? string.Join(' ', words.Take(MaxWords)) : text,
            country is { Length: 2 } && country.All(char.IsAsciiLetterUpper) ? country : null,
            Id("type"),
            Id("perpetrator"),
            Id("institution"),
            Choice<VerificationStatus>("verification"),
            Choice<CaseStatus>("status"),
            Date("from"),
            Date("to"),
            SearchCursor.Parse(One("after")))
        {
            TextShortened = shortened,
        };
    }

    public bool IsEmpty => Text is null && !HasFilters;

    /// <summary>Anything chosen besides the words: the "0 results" advice offers to drop them.</summary>
    public bool HasFilters => Country is not null || IncidentType is not null || PerpetratorType is not null || Institution is not null
        || Verification is not null || CaseStatus is not null || From is not null || To is not null;

    /// <summary>Filters that only incidents have; with one of them set, other kinds cannot match.</summary>
    public bool IncidentsOnly => IncidentType is not null || PerpetratorType is not null || Verification is not null;

    /// <summary>Filters that need a dated record (an incident, complaint or response).</summary>
    public bool DatedOnly => From is not null || To is not null || Institution is not null;

    /// <summary>The URL parameters that reproduce this search, with another cursor.</summary>
    public Dictionary<string, string?> Route(SearchCursor? after) => new()
    {
        ["q"] = Text,
        ["country"] = Country,
        ["type"] = IncidentType?.ToString(),
        ["perpetrator"] = PerpetratorType?.ToString(),
        ["institution"] = Institution?.ToString(),
        ["verification"] = Verification?.ToString(),
        ["status"] = CaseStatus?.ToString(),
        ["from"] = From?.ToString(),
        ["to"] = To?.ToString(),
        ["after"] = after?.ToString(),
    };
}

/// <summary>Keyset position: the score and id of the last hit shown. Scores are doubles written round-trip.</summary>
public sealed record SearchCursor(double Score, Guid Id)
{
    public static SearchCursor? Parse(string? text)
    {
        var parts = text?.Split('_');
        return parts is [var score, var id]
            && double.TryParse(score, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value)
            && Guid.TryParse(id, out var guid)
                ? new SearchCursor(value, guid)
                : null;
    }

    public override string ToString() => Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "_" + Id.ToString("N");
}
