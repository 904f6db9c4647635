using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DatesAsReportsWriteThem : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "published_on_end_precision",
                table: "sources",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "published_on_openness",
                table: "sources",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "published_on_part",
                table: "sources",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "published_on_text",
                table: "sources",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "published_on_time",
                table: "sources",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "published_on_uncertain",
                table: "sources",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "date_end_precision",
                table: "institutional_responses",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "date_openness",
                table: "institutional_responses",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "Closed");

            migrationBuilder.AddColumn<string>(
                name: "date_part",
                table: "institutional_responses",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "date_text",
                table: "institutional_responses",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "date_time",
                table: "institutional_responses",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "date_uncertain",
                table: "institutional_responses",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "alternative_date_end_precision",
                table: "incidents",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "alternative_date_openness",
                table: "incidents",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "alternative_date_part",
                table: "incidents",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "alternative_date_text",
                table: "incidents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "alternative_date_time",
                table: "incidents",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "alternative_date_uncertain",
                table: "incidents",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "date_end_precision",
                table: "incidents",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "date_openness",
                table: "incidents",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "Closed");

            migrationBuilder.AddColumn<string>(
                name: "date_part",
                table: "incidents",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "date_text",
                table: "incidents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "date_time",
                table: "incidents",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "date_uncertain",
                table: "incidents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "filed_on_end_precision",
                table: "complaints",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "filed_on_openness",
                table: "complaints",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "Closed");

            migrationBuilder.AddColumn<string>(
                name: "filed_on_part",
                table: "complaints",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "filed_on_text",
                table: "complaints",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "filed_on_time",
                table: "complaints",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "filed_on_uncertain",
                table: "complaints",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Dates stored before this migration are closed, whole units with one precision: each end
            // takes the precision the date had. Optional dates only where one is stored.
            migrationBuilder.Sql("""
                UPDATE incidents SET date_end_precision = date_precision;
                UPDATE complaints SET filed_on_end_precision = filed_on_precision;
                UPDATE institutional_responses SET date_end_precision = date_precision;
                UPDATE incidents SET alternative_date_end_precision = alternative_date_precision, alternative_date_openness = 'Closed',
                    alternative_date_part = 'None', alternative_date_uncertain = false
                WHERE alternative_date_earliest IS NOT NULL;
                UPDATE sources SET published_on_end_precision = published_on_precision, published_on_openness = 'Closed',
                    published_on_part = 'None', published_on_uncertain = false
                WHERE published_on_earliest IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "published_on_end_precision",
                table: "sources");

            migrationBuilder.DropColumn(
                name: "published_on_openness",
                table: "sources");

            migrationBuilder.DropColumn(
                name: "published_on_part",
                table: "sources");

            migrationBuilder.DropColumn(
                name: "published_on_text",
                table: "sources");

            migrationBuilder.DropColumn(
                name: "published_on_time",
                table: "sources");

            migrationBuilder.DropColumn(
                name: "published_on_uncertain",
                table: "sources");

            migrationBuilder.DropColumn(
                name: "date_end_precision",
                table: "institutional_responses");

            migrationBuilder.DropColumn(
                name: "date_openness",
                table: "institutional_responses");

            migrationBuilder.DropColumn(
                name: "date_part",
                table: "institutional_responses");

            migrationBuilder.DropColumn(
                name: "date_text",
                table: "institutional_responses");

            migrationBuilder.DropColumn(
                name: "date_time",
                table: "institutional_responses");

            migrationBuilder.DropColumn(
                name: "date_uncertain",
                table: "institutional_responses");

            migrationBuilder.DropColumn(
                name: "alternative_date_end_precision",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "alternative_date_openness",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "alternative_date_part",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "alternative_date_text",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "alternative_date_time",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "alternative_date_uncertain",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "date_end_precision",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "date_openness",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "date_part",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "date_text",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "date_time",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "date_uncertain",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "filed_on_end_precision",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "filed_on_openness",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "filed_on_part",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "filed_on_text",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "filed_on_time",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "filed_on_uncertain",
                table: "complaints");
        }
    }
}
