using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InstitutionalActs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "institutional_acts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind_id = table.Column<Guid>(type: "uuid", nullable: false),
                    summary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    search_document = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "to_tsvector('simple'::regconfig, coalesce(summary, ''))", stored: true),
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
                    table.PrimaryKey("pk_institutional_acts", x => x.id);
                    table.ForeignKey(
                        name: "fk_institutional_acts_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_institutional_acts_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_institutional_acts_vocabulary_terms_kind_id",
                        column: x => x.kind_id,
                        principalTable: "vocabulary_terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "institutional_act_incidents",
                columns: table => new
                {
                    act_id = table.Column<Guid>(type: "uuid", nullable: false),
                    incident_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_institutional_act_incidents", x => new { x.act_id, x.incident_id });
                    table.ForeignKey(
                        name: "fk_institutional_act_incidents_incidents_incident_id",
                        column: x => x.incident_id,
                        principalTable: "incidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_institutional_act_incidents_institutional_acts_act_id",
                        column: x => x.act_id,
                        principalTable: "institutional_acts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "institutional_act_people",
                columns: table => new
                {
                    act_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_institutional_act_people", x => new { x.act_id, x.person_id });
                    table.ForeignKey(
                        name: "fk_institutional_act_people_institutional_acts_act_id",
                        column: x => x.act_id,
                        principalTable: "institutional_acts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_institutional_act_people_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "institutional_act_sources",
                columns: table => new
                {
                    act_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_institutional_act_sources", x => new { x.act_id, x.source_id });
                    table.ForeignKey(
                        name: "fk_institutional_act_sources_institutional_acts_act_id",
                        column: x => x.act_id,
                        principalTable: "institutional_acts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_institutional_act_sources_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "vocabulary_terms",
                columns: new[] { "id", "code", "default_reply_days", "is_active", "label", "label_ru", "sort_order", "vocabulary" },
                values: new object[,]
                {
                    { new Guid("2543c7ca-3e77-cb2f-dace-fffea5cf247a"), "compensation", null, true, "Compensation", "Компенсация", 650, "ActKind" },
                    { new Guid("29ce89a9-0917-8da1-3eaf-97cb7a2849d9"), "release", null, true, "Release", "Освобождение", 600, "ActKind" },
                    { new Guid("2af23bae-2e59-07e1-efe2-709349429817"), "officers_dismissed", null, true, "Officers dismissed", "Сотрудники уволены", 590, "ActKind" },
                    { new Guid("368fe4f8-94b7-0cc8-08d9-b5a55de1efe1"), "other", null, true, "Other", "Другое", 660, "ActKind" },
                    { new Guid("3cd6ac2b-331b-1281-694a-95d3c61bfb4a"), "charges_brought", null, true, "Charges brought", "Предъявлено обвинение", 570, "ActKind" },
                    { new Guid("a70d5fa2-9a4f-e852-80ec-6dee412e76dc"), "investigation_reopened", null, true, "Investigation reopened", "Расследование возобновлено", 640, "ActKind" },
                    { new Guid("aeaf0f4d-c26d-6ef9-c063-3d9cf95a0bd1"), "denial", null, true, "Denial", "Отрицание", 540, "ActKind" },
                    { new Guid("b1bc5625-c6ee-b1e3-7481-8879094414f2"), "investigation_closed", null, true, "Investigation closed", "Расследование прекращено", 630, "ActKind" },
                    { new Guid("b92ffb47-2837-af91-5c97-b8ba151c57da"), "public_statement", null, true, "Public statement", "Публичное заявление", 530, "ActKind" },
                    { new Guid("e02d8da5-b6f4-3418-4928-578cdb9d6158"), "investigation_suspended", null, true, "Investigation suspended", "Расследование приостановлено", 620, "ActKind" },
                    { new Guid("f32acb89-a0f3-f2a5-bc6a-d7789e5f9799"), "ruling", null, true, "Ruling", "Судебное решение", 610, "ActKind" },
                    { new Guid("f5e88131-8b28-fd3b-08e1-5cbeb2e50bc5"), "suspects_detained", null, true, "Suspects detained", "Задержаны подозреваемые", 580, "ActKind" },
                    { new Guid("fde40714-8bb3-b2c0-acb4-424efc25661d"), "criminal_case_opened", null, true, "Criminal case opened", "Возбуждено уголовное дело", 560, "ActKind" },
                    { new Guid("ffc971ae-9eb2-ff52-a997-db99b6681b19"), "investigation_opened", null, true, "Investigation opened", "Начата проверка", 550, "ActKind" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_institutional_act_incidents_incident_id",
                table: "institutional_act_incidents",
                column: "incident_id");

            migrationBuilder.CreateIndex(
                name: "ix_institutional_act_people_person_id",
                table: "institutional_act_people",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_institutional_act_sources_source_id",
                table: "institutional_act_sources",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_institutional_acts_case_id",
                table: "institutional_acts",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_institutional_acts_institution_id",
                table: "institutional_acts",
                column: "institution_id");

            migrationBuilder.CreateIndex(
                name: "ix_institutional_acts_kind_id",
                table: "institutional_acts",
                column: "kind_id");

            migrationBuilder.CreateIndex(
                name: "ix_institutional_acts_search_document",
                table: "institutional_acts",
                column: "search_document")
                .Annotation("Npgsql:IndexMethod", "gin");

            // Finding the entries whose dates count from a changed one must not scan the table (as for the other dated records).
            migrationBuilder.Sql("CREATE INDEX ix_institutional_acts_date_after ON institutional_acts (date_after) WHERE date_after IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "institutional_act_incidents");

            migrationBuilder.DropTable(
                name: "institutional_act_people");

            migrationBuilder.DropTable(
                name: "institutional_act_sources");

            migrationBuilder.DropTable(
                name: "institutional_acts");

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("2543c7ca-3e77-cb2f-dace-fffea5cf247a"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("29ce89a9-0917-8da1-3eaf-97cb7a2849d9"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("2af23bae-2e59-07e1-efe2-709349429817"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("368fe4f8-94b7-0cc8-08d9-b5a55de1efe1"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("3cd6ac2b-331b-1281-694a-95d3c61bfb4a"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("a70d5fa2-9a4f-e852-80ec-6dee412e76dc"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("aeaf0f4d-c26d-6ef9-c063-3d9cf95a0bd1"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("b1bc5625-c6ee-b1e3-7481-8879094414f2"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("b92ffb47-2837-af91-5c97-b8ba151c57da"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("e02d8da5-b6f4-3418-4928-578cdb9d6158"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("f32acb89-a0f3-f2a5-bc6a-d7789e5f9799"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("f5e88131-8b28-fd3b-08e1-5cbeb2e50bc5"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("fde40714-8bb3-b2c0-acb4-424efc25661d"));

            migrationBuilder.DeleteData(
                table: "vocabulary_terms",
                keyColumn: "id",
                keyValue: new Guid("ffc971ae-9eb2-ff52-a997-db99b6681b19"));
        }
    }
}
