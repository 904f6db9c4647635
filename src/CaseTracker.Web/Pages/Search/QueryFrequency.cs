namespace CaseTracker.Web.Pages.Search;

/// <summary>
/// How common a full-text query is in one table, estimated from PostgreSQL's own statistics of its
/// search_document column (the most common lexemes and their share of rows): <see cref="Match"/> is the
/// share of rows the query matches, <see cref="Postings"/> the share of rows the GIN index lists for its
/// words together (what a bitmap scan must read; for a phrase, its pairs' postings in the pairs index,
/// <see cref="WordPairs"/>). A lexeme or pair the statistics do not list counts as rare.
/// </summary>
public readonly record struct QueryFrequency(double Match, double Postings)
{
    /// <summary>
    /// Whether reading rows until the candidates are found costs less than asking the index: testing a row
    /// costs about ten times what one index posting does (measured on a million incidents: 1.8 µs a row,
    /// 0.16 µs a posting). Words are taken as independent, which can overrate how often two stand in one
    /// row several times over (two words in a third of a million cases each were together in 4 % of
    /// them, not 11 %), so the scan must look eight times cheaper. A phrase of common words found in few
    /// rows is for the pairs index (ADR 34): a scan would read far to find them.
    /// </summary>
    public bool ScanIsCheaper(double rows, int candidates) =>
        Match > 0 && candidates / Match * 8 < rows * Postings / 10;

    /// <param name="tsquery">The query as PostgreSQL writes it (<see cref="TsQueryNode"/>).</param>
    /// <param name="lexemeShare">The share of rows holding a lexeme (or, true, any lexeme it begins).</param>
    /// <param name="pairShare">The same for the table's word pairs (<see cref="WordPairs"/>), when their statistics are known.</param>
    public static QueryFrequency Estimate(string tsquery, Func<string, bool, double> lexemeShare, Func<string, bool, double>? pairShare = null) =>
        Estimate(TsQueryNode.Parse(tsquery), lexemeShare, pairShare);

    /// <summary>The same for a query already read (null: a form the reader does not know).</summary>
    public static QueryFrequency Estimate(TsQueryNode? query, Func<string, bool, double> lexemeShare, Func<string, bool, double>? pairShare = null) =>
        query is null ? Unknown : Of(query, lexemeShare, pairShare);

    /// <summary>A form this reader does not know: rare, so the index is asked.</summary>
    private static readonly QueryFrequency Unknown = new(0, 0);

    private static QueryFrequency Of(TsQueryNode node, Func<string, bool, double> lexemeShare, Func<string, bool, double>? pairShare)
    {
        QueryFrequency Inner(TsQueryNode inner) => Of(inner, lexemeShare, pairShare);
        switch (node)
        {
            case TsWord word:
                var share = Math.Clamp(lexemeShare(word.Lexeme, word.Prefix), 0, 1);
                return new(share, share);
            case TsNot not:
                var operand = Inner(not.Operand);
                return operand with { Match = 1 - operand.Match };
            case TsAnd and:
                var (a, b) = (Inner(and.Left), Inner(and.Right));
                return new(a.Match * b.Match, a.Postings + b.Postings);
            case TsOr or:
                var (l, r) = (Inner(or.Left), Inner(or.Right));
                return new(Math.Min(1, l.Match + r.Match - (l.Match * r.Match)), l.Postings + r.Postings);
            case TsFollows follows:
                var (before, after) = (Inner(follows.Left), Inner(follows.Right));
                if (pairShare is not null && WordPairs.Tokens(follows) is { } tokens)
                {
                    // Rows holding the pair side by side, as the pairs index counts them (cut words let a few more through).
                    var together = Math.Min(1, tokens.Sum(t => Math.Clamp(pairShare(t.Text, t.Prefix), 0, 1)));
                    return new(Math.Min(together, before.Match * after.Match), together);
                }

                // Next to each other in a quarter of the rows that hold both: a guess, made only where the
                // pairs' statistics are not known.
                return new(before.Match * after.Match / 4, before.Postings + after.Postings);
            default:
                return Unknown;
        }
    }
}
