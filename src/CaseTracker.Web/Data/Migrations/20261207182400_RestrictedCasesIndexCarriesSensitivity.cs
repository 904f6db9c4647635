using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RestrictedCasesIndexCarriesSensitivity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_restricted",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "ix_cases_restricted",
                table: "cases",
                column: "id",
                filter: "sensitivity <> 'Standard'")
                .Annotation("Npgsql:IndexInclude", new[] { "sensitivity" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_restricted",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "ix_cases_restricted",
                table: "cases",
                column: "id",
                filter: "sensitivity <> 'Standard'");
        }
    }
}
