using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsSnapshotsAndCountryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "statistics_snapshots",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reader_admin = table.Column<bool>(type: "boolean", nullable: false),
                    reader_caseworker = table.Column<bool>(type: "boolean", nullable: false),
                    reader_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    from = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    to = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    counted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    took_milliseconds = table.Column<int>(type: "integer", nullable: false),
                    figures = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistics_snapshots", x => x.key);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cases_country_code",
                table: "cases",
                column: "country_code");

            migrationBuilder.CreateIndex(
                name: "ix_cases_restricted",
                table: "cases",
                column: "id",
                filter: "sensitivity <> 'Standard'");

            migrationBuilder.CreateIndex(
                name: "ix_statistics_snapshots_computed_at",
                table: "statistics_snapshots",
                column: "computed_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "statistics_snapshots");

            migrationBuilder.DropIndex(
                name: "ix_cases_country_code",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "ix_cases_restricted",
                table: "cases");
        }
    }
}
