using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Proceedings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "proceeding_id",
                table: "complaints",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "proceedings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    conducted_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    reference_number = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    against = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    search_document = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "to_tsvector('simple'::regconfig, title || ' ' || coalesce(reference_number, '') || ' ' || coalesce(against, ''))", stored: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    archived_by = table.Column<Guid>(type: "uuid", nullable: true),
                    archive_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proceedings", x => x.id);
                    table.ForeignKey(
                        name: "fk_proceedings_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proceedings_institutions_conducted_by_id",
                        column: x => x.conducted_by_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proceeding_incidents",
                columns: table => new
                {
                    proceeding_id = table.Column<Guid>(type: "uuid", nullable: false),
                    incident_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proceeding_incidents", x => new { x.proceeding_id, x.incident_id });
                    table.ForeignKey(
                        name: "fk_proceeding_incidents_incidents_incident_id",
                        column: x => x.incident_id,
                        principalTable: "incidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proceeding_incidents_proceedings_proceeding_id",
                        column: x => x.proceeding_id,
                        principalTable: "proceedings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proceeding_sources",
                columns: table => new
                {
                    proceeding_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proceeding_sources", x => new { x.proceeding_id, x.source_id });
                    table.ForeignKey(
                        name: "fk_proceeding_sources_proceedings_proceeding_id",
                        column: x => x.proceeding_id,
                        principalTable: "proceedings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_proceeding_sources_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proceeding_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proceeding_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind_id = table.Column<Guid>(type: "uuid", nullable: false),
                    times = table.Column<int>(type: "integer", nullable: true),
                    court_id = table.Column<Guid>(type: "uuid", nullable: true),
                    instance = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    summary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    search_document = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "to_tsvector('simple'::regconfig, coalesce(outcome, '') || ' ' || coalesce(summary, ''))", stored: true),
                    date_after = table.Column<Guid>(type: "uuid", nullable: true),
                    date_approximate = table.Column<bool>(type: "boolean", nullable: false),
                    date_earliest = table.Column<DateOnly>(type: "date", nullable: false),
                    date_end_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    date_latest = table.Column<DateOnly>(type: "date", nullable: false),
                    date_openness = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    date_part = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    date_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    date_text = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    date_time = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    date_uncertain = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    archived_by = table.Column<Guid>(type: "uuid", nullable: true),
                    archive_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proceeding_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_proceeding_steps_institutions_court_id",
                        column: x => x.court_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proceeding_steps_proceedings_proceeding_id",
                        column: x => x.proceeding_id,
                        principalTable: "proceedings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proceeding_steps_vocabulary_terms_kind_id",
                        column: x => x.kind_id,
                        principalTable: "vocabulary_terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "vocabulary_terms",
                columns: new[] { "id", "code", "default_reply_days", "is_active", "label", "label_ru", "sort_order", "vocabulary" },
                values: new object[,]
                {
                    { new Guid("25bbc1cf-f796-c4f8-df8a-a5c1d3b501c2"), "ruling", null, true, "Ruling", "Решение суда", 740, "ProceedingStepKind" },
                    { new Guid("2cbcd7e3-f130-e8d2-ce69-b63df39ea59d"), "sent_to_court", null, true, "Sent to court", "Направлено в суд", 720, "ProceedingStepKind" },
                    { new Guid("34ce1fa3-28eb-abcd-3299-91bd4d62f8e8"), "other", null, true, "Other", "Другое", 760, "ProceedingStepKind" },
                    { new Guid("a4cdc0c2-5207-9cd1-e7d3-84353e551f99"), "closed", null, true, "Closed", "Прекращено", 690, "ProceedingStepKind" },
                    { new Guid("a7edc36f-86a3-35fa-ce7e-5e7904c23f82"), "appeal", null, true, "Appeal", "Обжалование", 750, "ProceedingStepKind" },
                    { new Guid("a9a5219f-bd65-f516-788f-3cc861bac785"), "suspended", null, true, "Suspended", "Приостановлено", 680, "ProceedingStepKind" },
                    { new Guid("aa67d1a9-79e2-9344-dece-f9d53c7553a8"), "hearing", null, true, "Hearing", "Судебное заседание", 730, "ProceedingStepKind" },
                    { new Guid("ba1877a1-b78a-42cd-d9c7-a81aeef656bf"), "closed_and_reopened", null, true, "Closed and reopened", "Прекращалось и возобновлялось", 710, "ProceedingStepKind" },
                    { new Guid("e930467f-e743-f729-a17f-439454f213a2"), "opened", null, true, "Opened", "Возбуждено", 670, "ProceedingStepKind" },
                    { new Guid("ecdf0847-a397-2fe0-483b-f79c6e3da7f8"), "reopened", null, true, "Reopened", "Возобновлено", 700, "ProceedingStepKind" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_proceeding_id",
                table: "complaints",
                column: "proceeding_id");

            migrationBuilder.CreateIndex(
                name: "ix_proceeding_incidents_incident_id",
                table: "proceeding_incidents",
                column: "incident_id");

            migrationBuilder.CreateIndex(
                name: "ix_proceeding_sources_source_id",
                table: "proceeding_sources",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_proceeding_steps_court_id",
                table: "proceeding_steps",
                column: "court_id");

            migrationBuilder.CreateIndex(
                name: "ix_proceeding_steps_kind_id",
                table: "proceeding_steps",
                column: "kind_id");

            migrationBuilder.CreateIndex(
                name: "ix_proceeding_steps_proceeding_id",
                table: "proceeding_steps",
                column: "proceeding_id");

            migrationBuilder.CreateIndex(
                name: "ix_proceeding_steps_search_document",
                table: "proceeding_steps",
                column: "search_document")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_proceedings_case_id",
                table: "proceedings",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_proceedings_conducted_by_id",
                table: "proceedings",
                column: "conducted_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_proceedings_search_document",
                table: "proceedings",
                column: "search_document")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.AddForeignKey(
                name: "fk_complaints_proceedings_proceeding_id",
                table: "complaints",
                column: "proceeding_id",
                principalTable: "proceedings",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // Finding the entries whose dates count from a changed one must not scan the table (as for the other dated records).
            migrationBuilder.Sql("CREATE INDEX ix_proceeding_steps_date_after ON proceeding_steps (date_after) WHERE date_after IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_complaints_proceedings_proceeding_id",
                table: "complaints");

            migrationBuilder.DropTable(
                name: "proceeding_incidents");

            migrationBuilder.DropTable(
                name: "proceeding_sources");

            migrationBuilder.DropTable(
                name: "proceeding_steps");

            migrationBuilder.DropTable(
                name: "proceedings");

            migrationBuilder.DropIndex(
                name: "ix_complaints_proceeding_id",
                table: "complaints");

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("25bbc1cf-f796-c4f8-df8a-a5c1d3b501c2"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("2cbcd7e3-f130-e8d2-ce69-b63df39ea59d"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("34ce1fa3-28eb-abcd-3299-91bd4d62f8e8"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("a4cdc0c2-5207-9cd1-e7d3-84353e551f99"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("a7edc36f-86a3-35fa-ce7e-5e7904c23f82"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("a9a5219f-bd65-f516-788f-3cc861bac785"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("aa67d1a9-79e2-9344-dece-f9d53c7553a8"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("ba1877a1-b78a-42cd-d9c7-a81aeef656bf"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("e930467f-e743-f729-a17f-439454f213a2"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("ecdf0847-a397-2fe0-483b-f79c6e3da7f8"));

            migrationBuilder.DropColumn(
                name: "proceeding_id",
                table: "complaints");
        }
    }
}
