using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActGroup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "group_count",
                table: "institutional_acts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "group_includes_named",
                table: "institutional_acts",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "group_qualifier",
                table: "institutional_acts",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "group_who",
                table: "institutional_acts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "group_count",
                table: "institutional_acts");

            migrationBuilder.DropColumn(
                name: "group_includes_named",
                table: "institutional_acts");

            migrationBuilder.DropColumn(
                name: "group_qualifier",
                table: "institutional_acts");

            migrationBuilder.DropColumn(
                name: "group_who",
                table: "institutional_acts");
        }
    }
}
