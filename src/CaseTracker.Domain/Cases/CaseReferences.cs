using System.Security.Cryptography;

namespace CaseTracker.Domain.Cases;

/// <summary>
/// Reference codes the system gives new cases: country, year and four random characters
/// ("KG-2026-7QX3"). Random rather than counted, so a code tells nobody how many cases exist, and
/// assigned rather than typed, so no answer to a caseworker depends on which codes restricted cases
/// hold (docs/adr/0018). Crockford's alphabet: no I, L, O or U to misread.
/// </summary>
public static class CaseReferences
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(string countryCode, int year) =>
        $"{countryCode.ToUpperInvariant()}-{year:D4}-{RandomNumberGenerator.GetString(Alphabet, 4)}";
}
