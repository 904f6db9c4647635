using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <summary>
    /// Search (ADR 15): pg_trgm, a folded name key on persons for transliteration-tolerant name search,
    /// and full-text indexes over titles and narratives. The full-text indexes are expressions EF does
    /// not model; <c>SearchRows</c> uses the very same expressions so the planner can use them.
    /// </summary>
    public partial class SearchIndexes : Migration
    {
        // Lower case; Cyrillic letters of the region to Latin; Latin diacritics dropped; then spelling
        // variants that transliterations disagree on collapsed (dzh/j, kh/h, iy/i, ye/e).
        private const string FoldFunctions = """
            CREATE FUNCTION ct_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
              SELECT replace(replace(replace(replace(
                translate(
                  replace(replace(replace(replace(replace(replace(replace(replace(lower(t),
                    'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'),
                  'абвгдеёзийклмнопрстуфыэғүұөәіһўқңӣӯҳҷáàâäãåāăąçćčďéèêëēėęěíìîïīįıñńňóòôöõőøōřśšşșťțúùûüūůűųýÿžźżğʻʼ''’‘ъь',
                  'abvgdeeziyklmnoprstufyeguuoaihukniuhjaaaaaaaaacccdeeeeeeeeiiiiiiinnnoooooooorssssttuuuuuuuuyyzzzg'),
                'dzh', 'j'), 'kh', 'h'), 'iy', 'i'), 'ye', 'e')
            $$;
            CREATE FUNCTION ct_fold_names(name text, other_names text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT ct_fold(name || ' ' || coalesce(array_to_string(other_names, ' '), ''))
            $$;
            """;

        private const string FullTextIndexes = """
            CREATE INDEX ix_cases_text ON cases USING gin (to_tsvector('simple'::regconfig, title || ' ' || coalesce(summary, '')));
            CREATE INDEX ix_incidents_text ON incidents USING gin (to_tsvector('simple'::regconfig, title || ' ' || coalesce(narrative, '')));
            CREATE INDEX ix_complaints_text ON complaints USING gin (to_tsvector('simple'::regconfig, subject));
            CREATE INDEX ix_institutional_responses_text ON institutional_responses USING gin (to_tsvector('simple'::regconfig, coalesce(summary, '')));
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");
            migrationBuilder.Sql(FoldFunctions);

            migrationBuilder.AddColumn<string>(
                name: "name_key",
                table: "persons",
                type: "text",
                nullable: true,
                computedColumnSql: "ct_fold_names(name, other_names)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_persons_name_key",
                table: "persons",
                column: "name_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
            migrationBuilder.Sql(FullTextIndexes);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_cases_text; DROP INDEX ix_incidents_text; DROP INDEX ix_complaints_text; DROP INDEX ix_institutional_responses_text;");
            migrationBuilder.DropIndex(
                name: "ix_persons_name_key",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "name_key",
                table: "persons");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
            migrationBuilder.Sql("DROP FUNCTION ct_fold_names(text, text[]); DROP FUNCTION ct_fold(text);");
        }
    }
}
