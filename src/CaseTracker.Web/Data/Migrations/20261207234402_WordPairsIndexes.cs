using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <summary>
    /// Phrases found through the pairs of neighbouring words each row holds (ADR 34): ct_word_pairs gives a
    /// search_document's pairs of lexemes at neighbouring positions, each cut to four characters and joined
    /// by '~' (what WordPairs asks for, and WordPairsTests proves the two agree), and each searchable table
    /// gets a GIN index over it. A join on positions, not lead() over them: two lexemes at one position (all
    /// words past the 16,383rd share one) each pair with their neighbour. Positions expanded once, in the
    /// select list: on the generated incidents (100 positions each) 91 µs a row, against 157 with two
    /// lateral expansions; the index build is most of that. PostgreSQL shows an expression
    /// index's statistics only to the index's owner, so ct_word_pair_statistics hands the app role the
    /// shares of the most common pairs (what WordStatistics reads for the search_document column itself).
    /// </summary>
    public partial class WordPairsIndexes : Migration
    {
        private static readonly string[] Tables = ["cases", "incidents", "complaints", "institutional_responses", "institutional_acts", "proceedings", "proceeding_steps"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION public.ct_word_pairs(document tsvector) RETURNS tsvector
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
                  WITH w AS MATERIALIZED (SELECT u.lexeme, pg_catalog.unnest(u.positions) AS p FROM pg_catalog.unnest(document) u)
                  SELECT pg_catalog.array_to_tsvector(ARRAY(
                    SELECT pg_catalog.left(a.lexeme, 4) || '~' || pg_catalog.left(b.lexeme, 4) FROM w a JOIN w b ON b.p = a.p + 1))
                $$;

                CREATE FUNCTION public.ct_word_pair_statistics() RETURNS TABLE (index_name text, pairs text[], shares real[])
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
                  SELECT s.tablename::text, s.most_common_elems::text::text[], s.most_common_elem_freqs
                  FROM pg_catalog.pg_stats s
                  WHERE s.schemaname = 'public' AND s.attname = 'ct_word_pairs' AND s.most_common_elems IS NOT NULL
                $$;
                """);
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"CREATE INDEX ix_{table}_word_pairs ON {table} USING gin (public.ct_word_pairs(search_document));");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP INDEX ix_{table}_word_pairs;");
            }

            migrationBuilder.Sql("DROP FUNCTION public.ct_word_pair_statistics(); DROP FUNCTION public.ct_word_pairs(tsvector);");
        }
    }
}
