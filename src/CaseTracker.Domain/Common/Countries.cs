using System.Globalization;

namespace CaseTracker.Domain.Common;

/// <summary>Countries by ISO 3166-1 alpha-2 code, with names from .NET's region data.</summary>
public static class Countries
{
    // One region per two-letter code, from .NET's region data; read once for both lookups below.
    private static readonly List<RegionInfo> Regions = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => new RegionInfo(c.Name))
        .Where(r => r.TwoLetterISORegionName.Length == 2 && char.IsLetter(r.TwoLetterISORegionName[0]))
        .DistinctBy(r => r.TwoLetterISORegionName)
        .ToList();

    private static readonly Dictionary<string, string> NamesByCode = Regions.ToDictionary(r => r.TwoLetterISORegionName, r => r.EnglishName, StringComparer.Ordinal);

    // Names as written in the country itself ("Кыргызстан", "Россия"), so a caseworker copying a Russian
    // report need not translate.
    private static readonly Dictionary<string, string> CodesByName = Regions
        .SelectMany(r => new[]
        {
            (Name: r.EnglishName, Code: r.TwoLetterISORegionName),
            (Name: r.NativeName, Code: r.TwoLetterISORegionName),
            (Name: RussianName(r.TwoLetterISORegionName), Code: r.TwoLetterISORegionName),
        })
        .DistinctBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(n => n.Name, n => n.Code, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyDictionary<string, string> All => NamesByCode;

    /// <summary>Every country as (code, name in the reader's language), in the reader's alphabetical order: for country choices.</summary>
    public static IReadOnlyList<(string Code, string Name)> ForChoosing() =>
        NamesByCode.Keys.Select(code => (Code: code, Name: NameOf(code))).OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();

    /// <summary>The country's name in the reader's language (English, or Russian: "Киргизия"); the code itself when unknown.</summary>
    public static string NameOf(string code) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru" && NamesByCode.ContainsKey(code)
            ? RussianNames.GetOrAdd(code, RussianName)
            : NamesByCode.GetValueOrDefault(code, code);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> RussianNames = new(StringComparer.Ordinal);

    // ICU names a region in any language only as part of a culture's name: "русский (Киргизия)".
    private static string RussianName(string code)
    {
        string name;
        try
        {
            name = new CultureInfo("ru-" + code).NativeName;
        }
        catch (CultureNotFoundException)
        {
            return NamesByCode.GetValueOrDefault(code, code);
        }

        var (open, close) = (name.IndexOf('(', StringComparison.Ordinal), name.LastIndexOf(')'));
        return open >= 0 && close > open ? name[(open + 1)..close] : NamesByCode.GetValueOrDefault(code, code);
    }

    /// <summary>The code of a country typed as its code, its English name or its own name; null when none.</summary>
    public static string? CodeOf(string typed)
    {
        var trimmed = typed.Trim();
        var upper = trimmed.ToUpperInvariant();
        return NamesByCode.ContainsKey(upper) ? upper : CodesByName.GetValueOrDefault(trimmed);
    }

    public static string Normalize(string? code, string field)
    {
        var upper = code?.Trim().ToUpperInvariant() ?? "";
        return NamesByCode.ContainsKey(upper)
            ? upper
            : throw new DomainException("Choose a country.", field);
    }
}
