using Npgsql;

namespace CaseTracker.Web.Pages.Search;

/// <summary>
/// PostgreSQL's statistics of each searchable table's search_document column (its rows and the share of
/// rows each of its most common lexemes is in, as ANALYZE last sampled them), read at most every ten
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
            SELECT s.tablename, greatest(c.reltuples, 0)::float8, s.most_common_elems::text::text[], s.most_common_elem_freqs
            FROM pg_stats s
            JOIN pg_namespace n ON n.nspname = s.schemaname
            JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = s.tablename
            WHERE s.schemaname = current_schema() AND s.attname = 'search_document' AND s.most_common_elems IS NOT NULL
            """, connection);
        var tables = new Dictionary<string, TableWords>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var lexemes = reader.GetFieldValue<string[]>(2);
                var shares = reader.GetFieldValue<float[]>(3);
                tables[reader.GetString(0)] = new TableWords(reader.GetDouble(1), lexemes, shares);
            }
        }

        var snapshot = new Snapshot(now, tables);
        _snapshot = snapshot;
        return snapshot;
    }

    public sealed record Snapshot(DateTimeOffset ReadAt, IReadOnlyDictionary<string, TableWords> Tables)
    {
        /// <summary>
        /// The kinds of record (a bit per table of <see cref="SearchRows.WordTables"/>) in which the query, the
        /// text of its tsquery, is cheaper read by a scan than through the index.
        /// </summary>
        public int ScanMask(string tsquery, int candidates)
        {
            var mask = 0;
            for (var kind = 0; kind < SearchRows.WordTables.Length; kind++)
            {
                if (Tables.TryGetValue(SearchRows.WordTables[kind], out var words) && words.Estimate(tsquery).ScanIsCheaper(words.Rows, candidates))
                {
                    mask |= 1 << kind;
                }
            }

            return mask;
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

        public QueryFrequency Estimate(string tsquery) => QueryFrequency.Estimate(tsquery, Share);

        /// <summary>The share of rows with that lexeme, or with any lexeme it begins (a prefix may count a row twice, so capped at all).</summary>
        private double Share(string lexeme, bool prefix)
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
