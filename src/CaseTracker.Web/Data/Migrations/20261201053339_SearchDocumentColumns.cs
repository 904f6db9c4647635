using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <summary>
    /// Each searchable table's full text becomes a stored generated column (SearchColumns.HasSearchDocument)
    /// that both the GIN index and the search SQL use, replacing the expression indexes the search SQL had
    /// to repeat word for word. An incident's place is now part of its text.
    /// </summary>
    public partial class SearchDocumentColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_cases_text; DROP INDEX ix_incidents_text; DROP INDEX ix_complaints_text; DROP INDEX ix_institutional_responses_text;");

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "institutional_responses",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple'::regconfig, coalesce(summary, ''))",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "incidents",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple'::regconfig, title || ' ' || coalesce(narrative, '') || ' ' || coalesce(place, ''))",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "complaints",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple'::regconfig, subject)",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "cases",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple'::regconfig, title || ' ' || coalesce(summary, ''))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_institutional_responses_search_document",
                table: "institutional_responses",
                column: "search_document")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_search_document",
                table: "incidents",
                column: "search_document")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_search_document",
                table: "complaints",
                column: "search_document")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_cases_search_document",
                table: "cases",
                column: "search_document")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX ix_cases_text ON cases USING gin (to_tsvector('simple'::regconfig, title || ' ' || coalesce(summary, '')));
                CREATE INDEX ix_incidents_text ON incidents USING gin (to_tsvector('simple'::regconfig, title || ' ' || coalesce(narrative, '')));
                CREATE INDEX ix_complaints_text ON complaints USING gin (to_tsvector('simple'::regconfig, subject));
                CREATE INDEX ix_institutional_responses_text ON institutional_responses USING gin (to_tsvector('simple'::regconfig, coalesce(summary, '')));
                """);

            migrationBuilder.DropIndex(
                name: "ix_institutional_responses_search_document",
                table: "institutional_responses");

            migrationBuilder.DropIndex(
                name: "ix_incidents_search_document",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "ix_complaints_search_document",
                table: "complaints");

            migrationBuilder.DropIndex(
                name: "ix_cases_search_document",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "search_document",
                table: "institutional_responses");

            migrationBuilder.DropColumn(
                name: "search_document",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "search_document",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "search_document",
                table: "cases");
        }
    }
}
