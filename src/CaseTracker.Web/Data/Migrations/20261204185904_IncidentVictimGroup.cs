using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncidentVictimGroup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "victim_group_count",
                table: "incidents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "victim_group_includes_named",
                table: "incidents",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "victim_group_qualifier",
                table: "incidents",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "victim_group_who",
                table: "incidents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "victim_group_count",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "victim_group_includes_named",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "victim_group_qualifier",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "victim_group_who",
                table: "incidents");
        }
    }
}
