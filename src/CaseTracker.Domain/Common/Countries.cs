using System.Globalization;

namespace CaseTracker.Domain.Common;

/// <summary>Countries by ISO 3166-1 alpha-2 code, with names from .NET's region data.</summary>
public static class Countries
{
    private static readonly Dictionary<string, string> NamesByCode = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => new RegionInfo(c.Name))
        .Where(r => r.TwoLetterISORegionName.Length == 2 && char.IsLetter(r.TwoLetterISORegionName[0]))
        .DistinctBy(r => r.TwoLetterISORegionName)
        .ToDictionary(r => r.TwoLetterISORegionName, r => r.EnglishName, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> All => NamesByCode;

    public static string NameOf(string code) => NamesByCode.GetValueOrDefault(code, code);

    public static string Normalize(string? code, string field)
    {
        var upper = code?.Trim().ToUpperInvariant() ?? "";
        return NamesByCode.ContainsKey(upper)
            ? upper
            : throw new DomainException("Choose a country.", field);
    }
}
