using System.Text;

namespace CaseTracker.Web.Pages.Search;

/// <summary>
/// Phrases looked up by the pairs of words they hold (ADR 34). Each searchable table has a second GIN index,
/// over <see cref="DocumentSql"/>: every two lexemes that stand next to each other in the row's
/// search_document, each cut to its first <see cref="Kept"/> characters, joined by <see cref="Joint"/>
/// (detained officers → 'deta~offi'). The full-text index knows which rows hold a word but not where, so a
/// phrase of two common words had every row holding both read to check their places ("officers detained":
/// 130,000 of a million incidents for 2,400 hits). The pairs index lists only rows where the two stand
/// together. Cut to four characters so that a prefix of four or more, as every stemmed word of a search is
/// (<c>'offic':*</c>), still names one pair; what the cut lets through is checked against the phrase itself.
/// </summary>
public static class WordPairs
{
    public const int Kept = 4;

    public const char Joint = '~';

    /// <summary>
    /// The expression the pairs indexes are built on, written exactly so in the search statement for the
    /// planner to match it to them. ct_word_pairs is defined in the migration WordPairsIndexes, and
    /// WordPairsTests proves it pairs lexemes as <see cref="Tokens"/> does.
    /// </summary>
    public static string DocumentSql(string alias) => $"public.ct_word_pairs({alias}.search_document)";

    /// <summary>The index over <see cref="DocumentSql"/> on that table.</summary>
    public static string IndexName(string table) => $"ix_{table}_word_pairs";

    /// <summary>
    /// A tsquery (text) that every row <paramref name="query"/> matches also matches in its pairs, or null
    /// when the query restricts no pair: no phrase, or one whose words may stand apart (&lt;2&gt;) or begin with
    /// fewer than <see cref="Kept"/> letters of a prefix. A phrase's operands may be a word or words joined by |
    /// (as the Russian vowel variants are); a phrase inside a phrase counts by its last word on the left.
    /// </summary>
    public static string? Filter(TsQueryNode query) => query switch
    {
        TsAnd and => (Filter(and.Left), Filter(and.Right)) switch
        {
            (null, var right) => right,
            (var left, null) => left,
            var (left, right) => $"({left} & {right})",
        },
        TsOr or => Filter(or.Left) is { } left && Filter(or.Right) is { } right ? $"({left} | {right})" : null,
        TsFollows follows => Follows(follows),
        _ => null,
    };

    /// <summary>The pairs the phrases on either side ask for, and one of the pairs where the two sides meet.</summary>
    private static string? Follows(TsFollows follows)
    {
        var parts = new[] { Filter(follows.Left), Filter(follows.Right) }.OfType<string>().ToList();
        if (Tokens(follows) is { } tokens)
        {
            parts.Add("(" + string.Join(" | ", tokens.Select(t => t.Prefix ? Quote(t.Text) + ":*" : Quote(t.Text))) + ")");
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => "(" + string.Join(" & ", parts) + ")",
        };
    }

    /// <summary>
    /// The pair tokens one of which a row matching the phrase holds: a token per word it may end with on the
    /// left and begin with on the right; a prefix when that right word is a prefix shorter than the cut.
    /// Null when the phrase restricts no pair.
    /// </summary>
    public static List<(string Text, bool Prefix)>? Tokens(TsFollows follows)
    {
        if (follows.Distance != 1 || Ends(follows.Left) is not { } ends || Starts(follows.Right) is not { } starts
            || ends.Any(e => e.Prefix && Length(e.Lexeme) < Kept))
        {
            return null;
        }

        return ends.SelectMany(e => starts.Select(s => (Cut(e.Lexeme) + Joint + Cut(s.Lexeme), s.Prefix && Length(s.Lexeme) < Kept))).Distinct().ToList();
    }

    /// <summary>The words a match of <paramref name="node"/> can end with, or null when that is not known.</summary>
    private static List<TsWord>? Ends(TsQueryNode node) => node switch
    {
        TsWord word => [word],
        TsOr or => Ends(or.Left) is { } left && Ends(or.Right) is { } right ? [.. left, .. right] : null,
        TsFollows { Right: TsWord or TsOr } follows => Ends(follows.Right),
        _ => null,
    };

    /// <summary>The words a match of <paramref name="node"/> can begin with, or null when that is not known.</summary>
    private static List<TsWord>? Starts(TsQueryNode node) => node switch
    {
        TsWord word => [word],
        TsOr or => Starts(or.Left) is { } left && Starts(or.Right) is { } right ? [.. left, .. right] : null,
        _ => null,
    };

    /// <summary>The first <see cref="Kept"/> characters as PostgreSQL's left() counts them (code points, not UTF-16 units).</summary>
    public static string Cut(string lexeme)
    {
        var kept = new StringBuilder();
        foreach (var rune in lexeme.EnumerateRunes().Take(Kept))
        {
            kept.Append(rune.ToString());
        }

        return kept.ToString();
    }

    private static int Length(string lexeme) => lexeme.EnumerateRunes().Count();

    private static string Quote(string lexeme) => "'" + lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
