using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CountryCaseListOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_country_code",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "ix_cases_country_code",
                table: "cases",
                columns: new[] { "country_code", "reference", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_country_code",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "ix_cases_country_code",
                table: "cases",
                column: "country_code");
        }
    }
}
