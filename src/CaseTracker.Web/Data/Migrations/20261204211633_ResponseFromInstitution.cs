using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ResponseFromInstitution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "from_institution_id",
                table: "institutional_responses",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_institutional_responses_from_institution_id",
                table: "institutional_responses",
                column: "from_institution_id");

            migrationBuilder.AddForeignKey(
                name: "fk_institutional_responses_institutions_from_institution_id",
                table: "institutional_responses",
                column: "from_institution_id",
                principalTable: "institutions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_institutional_responses_institutions_from_institution_id",
                table: "institutional_responses");

            migrationBuilder.DropIndex(
                name: "ix_institutional_responses_from_institution_id",
                table: "institutional_responses");

            migrationBuilder.DropColumn(
                name: "from_institution_id",
                table: "institutional_responses");
        }
    }
}
