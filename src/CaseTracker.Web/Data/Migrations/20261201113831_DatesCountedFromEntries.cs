using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DatesCountedFromEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "published_on_after",
                table: "sources",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "date_after",
                table: "institutional_responses",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "alternative_date_after",
                table: "incidents",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "date_after",
                table: "incidents",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "filed_on_after",
                table: "complaints",
                type: "uuid",
                nullable: true);

            // Finding the entries whose dates count from a changed one must not scan a whole table.
            migrationBuilder.Sql("CREATE INDEX ix_incidents_date_after ON incidents (date_after) WHERE date_after IS NOT NULL;");
            migrationBuilder.Sql("CREATE INDEX ix_complaints_filed_on_after ON complaints (filed_on_after) WHERE filed_on_after IS NOT NULL;");
            migrationBuilder.Sql("CREATE INDEX ix_institutional_responses_date_after ON institutional_responses (date_after) WHERE date_after IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_incidents_date_after; DROP INDEX IF EXISTS ix_complaints_filed_on_after; DROP INDEX IF EXISTS ix_institutional_responses_date_after;");

            migrationBuilder.DropColumn(
                name: "published_on_after",
                table: "sources");

            migrationBuilder.DropColumn(
                name: "date_after",
                table: "institutional_responses");

            migrationBuilder.DropColumn(
                name: "alternative_date_after",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "date_after",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "filed_on_after",
                table: "complaints");
        }
    }
}
