using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StillNoReply : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "no_reply_checked_at",
                table: "complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "no_reply_checked_by",
                table: "complaints",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "no_reply_known_on",
                table: "complaints",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "no_reply_checked_at",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "no_reply_checked_by",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "no_reply_known_on",
                table: "complaints");
        }
    }
}
