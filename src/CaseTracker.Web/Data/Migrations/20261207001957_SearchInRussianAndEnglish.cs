using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchInRussianAndEnglish : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "proceedings",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('russian'::regconfig, title || ' ' || coalesce(reference_number, '') || ' ' || coalesce(against, '')) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold(title || ' ' || coalesce(reference_number, '') || ' ' || coalesce(against, '')), ''))",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "to_tsvector('simple'::regconfig, title || ' ' || coalesce(reference_number, '') || ' ' || coalesce(against, ''))",
                oldStored: true);

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "proceeding_steps",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('russian'::regconfig, coalesce(outcome, '') || ' ' || coalesce(summary, '')) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold(coalesce(outcome, '') || ' ' || coalesce(summary, '')), ''))",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "to_tsvector('simple'::regconfig, coalesce(outcome, '') || ' ' || coalesce(summary, ''))",
                oldStored: true);

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "institutional_responses",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('russian'::regconfig, coalesce(summary, '')) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold(coalesce(summary, '')), ''))",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "to_tsvector('simple'::regconfig, coalesce(summary, ''))",
                oldStored: true);

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "institutional_acts",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('russian'::regconfig, coalesce(summary, '')) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold(coalesce(summary, '')), ''))",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "to_tsvector('simple'::regconfig, coalesce(summary, ''))",
                oldStored: true);

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "incidents",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('russian'::regconfig, title || ' ' || coalesce(narrative, '') || ' ' || coalesce(place, '')) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold(title || ' ' || coalesce(narrative, '') || ' ' || coalesce(place, '')), ''))",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "to_tsvector('simple'::regconfig, title || ' ' || coalesce(narrative, '') || ' ' || coalesce(place, ''))",
                oldStored: true);

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "complaints",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('russian'::regconfig, subject) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold(subject), ''))",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "to_tsvector('simple'::regconfig, subject)",
                oldStored: true);

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "cases",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('russian'::regconfig, title || ' ' || coalesce(summary, '')) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold(title || ' ' || coalesce(summary, '')), ''))",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "to_tsvector('simple'::regconfig, title || ' ' || coalesce(summary, ''))",
                oldStored: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "proceedings",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple'::regconfig, title || ' ' || coalesce(reference_number, '') || ' ' || coalesce(against, ''))",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "to_tsvector('russian'::regconfig, title || ' ' || coalesce(reference_number, '') || ' ' || coalesce(against, '')) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold(title || ' ' || coalesce(reference_number, '') || ' ' || coalesce(against, '')), ''))",
                oldStored: true);

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "proceeding_steps",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple'::regconfig, coalesce(outcome, '') || ' ' || coalesce(summary, ''))",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "to_tsvector('russian'::regconfig, coalesce(outcome, '') || ' ' || coalesce(summary, '')) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold(coalesce(outcome, '') || ' ' || coalesce(summary, '')), ''))",
                oldStored: true);

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "institutional_responses",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple'::regconfig, coalesce(summary, ''))",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "to_tsvector('russian'::regconfig, coalesce(summary, '')) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold(coalesce(summary, '')), ''))",
                oldStored: true);

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "institutional_acts",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple'::regconfig, coalesce(summary, ''))",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "to_tsvector('russian'::regconfig, coalesce(summary, '')) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold(coalesce(summary, '')), ''))",
                oldStored: true);

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "incidents",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple'::regconfig, title || ' ' || coalesce(narrative, '') || ' ' || coalesce(place, ''))",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "to_tsvector('russian'::regconfig, title || ' ' || coalesce(narrative, '') || ' ' || coalesce(place, '')) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold(title || ' ' || coalesce(narrative, '') || ' ' || coalesce(place, '')), ''))",
                oldStored: true);

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "complaints",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple'::regconfig, subject)",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "to_tsvector('russian'::regconfig, subject) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold(subject), ''))",
                oldStored: true);

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "search_document",
                table: "cases",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple'::regconfig, title || ' ' || coalesce(summary, ''))",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "to_tsvector('russian'::regconfig, title || ' ' || coalesce(summary, '')) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold(title || ' ' || coalesce(summary, '')), ''))",
                oldStored: true);
        }
    }
}
