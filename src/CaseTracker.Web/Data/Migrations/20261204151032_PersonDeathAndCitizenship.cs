using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PersonDeathAndCitizenship : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "citizenships",
                table: "persons",
                type: "text[]",
                nullable: false,
                // Existing people get no citizenship rather than a refused migration.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "death_circumstances",
                table: "persons",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "death_incident_id",
                table: "persons",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "death_place",
                table: "persons",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "died_on_after",
                table: "persons",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "died_on_approximate",
                table: "persons",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "died_on_earliest",
                table: "persons",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "died_on_end_precision",
                table: "persons",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "died_on_latest",
                table: "persons",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "died_on_openness",
                table: "persons",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "died_on_part",
                table: "persons",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "died_on_precision",
                table: "persons",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "died_on_text",
                table: "persons",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "died_on_time",
                table: "persons",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "died_on_uncertain",
                table: "persons",
                type: "boolean",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_persons_death_incident_id",
                table: "persons",
                column: "death_incident_id");

            migrationBuilder.AddForeignKey(
                name: "fk_persons_incidents_death_incident_id",
                table: "persons",
                column: "death_incident_id",
                principalTable: "incidents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_persons_incidents_death_incident_id",
                table: "persons");

            migrationBuilder.DropIndex(
                name: "ix_persons_death_incident_id",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "citizenships",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "death_circumstances",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "death_incident_id",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "death_place",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "died_on_after",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "died_on_approximate",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "died_on_earliest",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "died_on_end_precision",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "died_on_latest",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "died_on_openness",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "died_on_part",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "died_on_precision",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "died_on_text",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "died_on_time",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "died_on_uncertain",
                table: "persons");
        }
    }
}
