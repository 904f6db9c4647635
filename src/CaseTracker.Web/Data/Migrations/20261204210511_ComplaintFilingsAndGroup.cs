using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ComplaintFilingsAndGroup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "filings",
                table: "complaints",
                type: "integer",
                nullable: true);

            // Existing complaints each stand for one, exactly.
            migrationBuilder.AddColumn<string>(
                name: "filings_qualifier",
                table: "complaints",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Exactly");

            migrationBuilder.AddColumn<int>(
                name: "group_count",
                table: "complaints",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "group_includes_named",
                table: "complaints",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "group_qualifier",
                table: "complaints",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "group_who",
                table: "complaints",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "filings",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "filings_qualifier",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "group_count",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "group_includes_named",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "group_qualifier",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "group_who",
                table: "complaints");
        }
    }
}
