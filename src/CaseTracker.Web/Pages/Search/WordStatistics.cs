using Npgsql;

namespace CaseTracker.Web.Pages.Search;

/// <summary>
/// PostgreSQL's statistics of each searchable table's search_document column (its rows and the share of
/// rows each of its most common lexemes is in, as ANALYZE last sampled them) and of its word pairs (the
/// same of the expression its pairs index is built on, <see cref="WordPairs"/>), read at most every ten
/// minutes per app instance: what <see cref="SearchRows"/> decides per kind of record by whether a query
/// is cheaper to answer by reading rows until enough match or by asking the full-text index (ADR 15).
/// A cache of the database's own figures, so several app instances stay interchangeable.
/// </summary>
public sealed class WordStatistics(TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    private volatile Snapshot? _snapshot;

    public async Task<Snapshot> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_snapshot is { } kept && now - kept.ReadAt < KeptFor)
        {
            return kept;
        }

        await using var command = new NpgsqlCommand("""
            SELECT s.tablename, TRUE AS words, greatest(c.reltuples, 0)::float8, s.most_common_elems::text::text[], s.most_common_elem_freqs
            FROM pg_stats s
            JOIN pg_namespace n ON n.nspname = s.schemaname
            JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = s.tablename
            WHERE s.schemaname = current_schema() AND s.attname = 'search_document' AND s.most_common_elems IS NOT NULL
            UNION ALL
            SELECT w.index_name, FALSE, 0, w.pairs, w.shares FROM public.ct_word_pair_statistics() w
            """, connection);
        var tables = new Dictionary<string, TableWords>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, TableWords>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var words = new TableWords(reader.GetDouble(2), reader.GetFieldValue<string[]>(3), reader.GetFieldValue<float[]>(4));
                var relation = reader.GetString(0);

                // An expression index's statistics are kept under the index's name.
                if (reader.GetBoolean(1))
                {
                    tables[relation] = words;
                }
                else if (Array.Find(SearchRows.WordTables, t => WordPairs.IndexName(t) == relation) is { } table)
                {
                    pairs[table] = words;
                }
            }
        }

        var snapshot = new Snapshot(now, tables, pairs);
        _snapshot = snapshot;
        return snapshot;
    }

    public sealed record Snapshot(DateTimeOffset ReadAt, IReadOnlyDictionary<string, TableWords> Tables, IReadOnlyDictionary<string, TableWords> Pairs)
    {
        /// <summary>
        /// How each kind of record is read for the query, the text of its tsquery: the kinds (a bit per table of
        /// <see cref="SearchRows.WordTables"/>) cheaper read by a scan than through an index, and for the others
        /// the pairs index's query when the query is a phrase that restricts pairs (else the full-text index).
        /// </summary>
        public SearchWays Ways(string tsquery, int candidates)
        {
            // Read once per search, not once per kind of record.
            var query = TsQueryNode.Parse(tsquery);
            var pairs = query is null ? null : WordPairs.Filter(query);
            var mask = 0;
            for (var kind = 0; kind < SearchRows.WordTables.Length; kind++)
            {
                var table = SearchRows.WordTables[kind];
                Func<string, bool, double>? pairShare = pairs is not null && Pairs.TryGetValue(table, out var pairWords) ? pairWords.Share : null;
                if (Tables.TryGetValue(table, out var words) && QueryFrequency.Estimate(query, words.Share, pairShare).ScanIsCheaper(words.Rows, candidates))
                {
                    mask |= 1 << kind;
                }
            }

            return new SearchWays(mask, pairs);
        }
    }

    /// <summary>One table's rows and common lexemes, sorted so a prefix's lexemes are found together.</summary>
    public sealed class TableWords
    {
        private readonly string[] _lexemes;
        private readonly float[] _shares;

        public TableWords(double rows, string[] lexemes, float[] shares)
        {
            Rows = rows;

            // PostgreSQL appends three figures of its own (lowest, highest and null share) after the lexemes' shares.
            var listed = Math.Min(lexemes.Length, shares.Length);
            _lexemes = lexemes[..listed];
            _shares = shares[..listed];
            Array.Sort(_lexemes, _shares, StringComparer.Ordinal);
        }

        public double Rows { get; }

        public QueryFrequency Estimate(string tsquery, Func<string, bool, double>? pairShare = null) => QueryFrequency.Estimate(tsquery, Share, pairShare);

        /// <summary>The share of rows with that lexeme, or with any lexeme it begins (a prefix may count a row twice, so capped at all).</summary>
        public double Share(string lexeme, bool prefix)
        {
            var at = Array.BinarySearch(_lexemes, lexeme, StringComparer.Ordinal);
            if (!prefix)
            {
                return at >= 0 ? _shares[at] : 0;
            }

            double total = 0;
            for (var i = at >= 0 ? at : ~at; i < _lexemes.Length && _lexemes[i].StartsWith(lexeme, StringComparison.Ordinal); i++)
            {
                total += _shares[i];
            }

            return Math.Min(1, total);
        }
    }
}

/// <summary>
/// How a search reads each kind of record (<see cref="WordStatistics.Snapshot.Ways"/>): a bit of
/// <paramref name="ScanMask"/> set reads that kind by a scan; the others through the pairs index with
/// <paramref name="Pairs"/> (tsquery text) when there is one, else through the full-text index.
/// </summary>
public readonly record struct SearchWays(int ScanMask, string? Pairs)
{
    public static readonly SearchWays ByIndex = new(0, null);
}
