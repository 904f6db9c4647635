using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    summary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    risk_level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sensitivity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: true),
                    notes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "persons",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    other_names = table.Column<List<string>>(type: "text[]", nullable: false),
                    sex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    birth_year = table.Column<int>(type: "integer", nullable: true),
                    birth_year_approximate = table.Column<bool>(type: "boolean", nullable: false),
                    occupation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    contact_details = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    security_notes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_persons", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "vocabulary_terms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    vocabulary = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    label_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    default_reply_days = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vocabulary_terms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    narrative = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    date_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    verification = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    alternative_date_approximate = table.Column<bool>(type: "boolean", nullable: true),
                    alternative_date_earliest = table.Column<DateOnly>(type: "date", nullable: true),
                    alternative_date_latest = table.Column<DateOnly>(type: "date", nullable: true),
                    alternative_date_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    date_approximate = table.Column<bool>(type: "boolean", nullable: false),
                    date_earliest = table.Column<DateOnly>(type: "date", nullable: false),
                    date_latest = table.Column<DateOnly>(type: "date", nullable: false),
                    date_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    archived_by = table.Column<Guid>(type: "uuid", nullable: true),
                    archive_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidents", x => x.id);
                    table.ForeignKey(
                        name: "fk_incidents_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sources",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    reliability = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    is_confidential = table.Column<bool>(type: "boolean", nullable: false),
                    notes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    published_on_approximate = table.Column<bool>(type: "boolean", nullable: true),
                    published_on_earliest = table.Column<DateOnly>(type: "date", nullable: true),
                    published_on_latest = table.Column<DateOnly>(type: "date", nullable: true),
                    published_on_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    archived_by = table.Column<Guid>(type: "uuid", nullable: true),
                    archive_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sources", x => x.id);
                    table.ForeignKey(
                        name: "fk_sources_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_participants",
                columns: table => new
                {
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_participants", x => new { x.case_id, x.person_id, x.role });
                    table.ForeignKey(
                        name: "fk_case_participants_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_participants_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organisation_memberships",
                columns: table => new
                {
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_memberships", x => new { x.person_id, x.organisation_id });
                    table.ForeignKey(
                        name: "fk_organisation_memberships_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_organisation_memberships_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_assignments",
                columns: table => new
                {
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_assignments", x => new { x.case_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_case_assignments_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_assignments_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "institutions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type_id = table.Column<Guid>(type: "uuid", nullable: false),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: true),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reply_window_days = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_institutions", x => x.id);
                    table.ForeignKey(
                        name: "fk_institutions_institutions_parent_id",
                        column: x => x.parent_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_institutions_vocabulary_terms_type_id",
                        column: x => x.type_id,
                        principalTable: "vocabulary_terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "incident_types",
                columns: table => new
                {
                    incident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_types", x => new { x.incident_id, x.term_id });
                    table.ForeignKey(
                        name: "fk_incident_types_incidents_incident_id",
                        column: x => x.incident_id,
                        principalTable: "incidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_incident_types_vocabulary_terms_term_id",
                        column: x => x.term_id,
                        principalTable: "vocabulary_terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "incident_victims",
                columns: table => new
                {
                    incident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_victims", x => new { x.incident_id, x.person_id });
                    table.ForeignKey(
                        name: "fk_incident_victims_incidents_incident_id",
                        column: x => x.incident_id,
                        principalTable: "incidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_incident_victims_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "incident_sources",
                columns: table => new
                {
                    incident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_sources", x => new { x.incident_id, x.source_id });
                    table.ForeignKey(
                        name: "fk_incident_sources_incidents_incident_id",
                        column: x => x.incident_id,
                        principalTable: "incidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_incident_sources_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind_id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    reference_number = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    notes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    filed_by_person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    filed_by_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    filed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reply_window_days = table.Column<int>(type: "integer", nullable: false),
                    reply_due_override = table.Column<DateOnly>(type: "date", nullable: true),
                    reply_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    filed_on_approximate = table.Column<bool>(type: "boolean", nullable: false),
                    filed_on_earliest = table.Column<DateOnly>(type: "date", nullable: false),
                    filed_on_latest = table.Column<DateOnly>(type: "date", nullable: false),
                    filed_on_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    archived_by = table.Column<Guid>(type: "uuid", nullable: true),
                    archive_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaints_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_organisations_filed_by_organisation_id",
                        column: x => x.filed_by_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_persons_filed_by_person_id",
                        column: x => x.filed_by_person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_vocabulary_terms_kind_id",
                        column: x => x.kind_id,
                        principalTable: "vocabulary_terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "incident_perpetrators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    incident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    perpetrator_type_id = table.Column<Guid>(type: "uuid", nullable: true),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_perpetrators", x => x.id);
                    table.ForeignKey(
                        name: "fk_incident_perpetrators_incidents_incident_id",
                        column: x => x.incident_id,
                        principalTable: "incidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_incident_perpetrators_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_incident_perpetrators_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_incident_perpetrators_vocabulary_terms_perpetrator_type_id",
                        column: x => x.perpetrator_type_id,
                        principalTable: "vocabulary_terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "complaint_incidents",
                columns: table => new
                {
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false),
                    incident_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_incidents", x => new { x.complaint_id, x.incident_id });
                    table.ForeignKey(
                        name: "fk_complaint_incidents_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_complaint_incidents_incidents_incident_id",
                        column: x => x.incident_id,
                        principalTable: "incidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "complaint_sources",
                columns: table => new
                {
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_sources", x => new { x.complaint_id, x.source_id });
                    table.ForeignKey(
                        name: "fk_complaint_sources_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_complaint_sources_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "institutional_responses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome_id = table.Column<Guid>(type: "uuid", nullable: false),
                    summary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    reference_number = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    forwarded_to_institution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    forwarded_to_body_complained_about = table.Column<bool>(type: "boolean", nullable: false),
                    date_approximate = table.Column<bool>(type: "boolean", nullable: false),
                    date_earliest = table.Column<DateOnly>(type: "date", nullable: false),
                    date_latest = table.Column<DateOnly>(type: "date", nullable: false),
                    date_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    archived_by = table.Column<Guid>(type: "uuid", nullable: true),
                    archive_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_institutional_responses", x => x.id);
                    table.ForeignKey(
                        name: "fk_institutional_responses_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_institutional_responses_institutions_forwarded_to_instituti~",
                        column: x => x.forwarded_to_institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_institutional_responses_vocabulary_terms_outcome_id",
                        column: x => x.outcome_id,
                        principalTable: "vocabulary_terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "response_sources",
                columns: table => new
                {
                    response_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_response_sources", x => new { x.response_id, x.source_id });
                    table.ForeignKey(
                        name: "fk_response_sources_institutional_responses_response_id",
                        column: x => x.response_id,
                        principalTable: "institutional_responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_response_sources_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "roles",
                columns: new[] { "id", "concurrency_stamp", "name", "normalized_name" },
                values: new object[,]
                {
                    { new Guid("6f1c5a9e-3b1d-4b8e-9c41-0a7d2f6e1a01"), "6f1c5a9e-3b1d-4b8e-9c41-0a7d2f6e1a01", "Admin", "ADMIN" },
                    { new Guid("6f1c5a9e-3b1d-4b8e-9c41-0a7d2f6e1a02"), "6f1c5a9e-3b1d-4b8e-9c41-0a7d2f6e1a02", "Caseworker", "CASEWORKER" },
                    { new Guid("6f1c5a9e-3b1d-4b8e-9c41-0a7d2f6e1a03"), "6f1c5a9e-3b1d-4b8e-9c41-0a7d2f6e1a03", "Researcher", "RESEARCHER" }
                });

            migrationBuilder.InsertData(
                table: "vocabulary_terms",
                columns: new[] { "id", "code", "default_reply_days", "is_active", "label", "label_ru", "sort_order", "vocabulary" },
                values: new object[,]
                {
                    { new Guid("004aa24c-398c-4358-08c6-22de267bb721"), "other", null, true, "Other", null, 520, "ResponseOutcome" },
                    { new Guid("083dd025-69de-fcd5-f206-7d72eaf4fc06"), "smear_campaign", null, true, "Smear campaign", null, 140, "IncidentType" },
                    { new Guid("0c6beb8c-0aea-6aa5-a7c4-8a6820e065a4"), "appeal", null, true, "Appeal", null, 370, "ComplaintKind" },
                    { new Guid("0fb35f16-b7ad-6279-72e9-2a9db95f9727"), "rejected", null, true, "Rejected", null, 460, "ResponseOutcome" },
                    { new Guid("194d4f72-ec2f-c28d-ca45-1cb63fa9aaf7"), "travel_ban", null, true, "Travel ban", null, 130, "IncidentType" },
                    { new Guid("1d524569-dd01-7a8d-c3d9-4c9c57cb6854"), "police", null, true, "Police", null, 160, "PerpetratorType" },
                    { new Guid("207b006f-db00-9887-1795-ab843df541a3"), "death_threat", null, true, "Death threat", null, 20, "IncidentType" },
                    { new Guid("2cb413a1-15cc-30b4-3093-fb4accaf4694"), "ombudsperson", 30, true, "Ombudsperson", null, 290, "InstitutionType" },
                    { new Guid("2f292cb2-7618-2ce7-d68c-b971073ac27f"), "detention_staff", null, true, "Detention facility staff", null, 200, "PerpetratorType" },
                    { new Guid("30285924-b141-d0fd-2aa0-81072ea2152f"), "dismissed", null, true, "Dismissed", null, 470, "ResponseOutcome" },
                    { new Guid("34a1a15c-6314-9ee2-4c84-a0eeb64b53cb"), "prosecutor", null, true, "Prosecutor", null, 180, "PerpetratorType" },
                    { new Guid("3ac91b21-e4f5-aeec-d236-b1f01e64ccb4"), "complaint", null, true, "Complaint", null, 360, "ComplaintKind" },
                    { new Guid("3cff462d-6795-e0fc-f99f-b6ce700dd1bc"), "enforced_disappearance", null, true, "Enforced disappearance", null, 60, "IncidentType" },
                    { new Guid("3dcfdf8f-7cb4-45d3-1eea-11212e520aba"), "national_preventive_mechanism", 30, true, "National preventive mechanism", null, 300, "InstitutionType" },
                    { new Guid("3f779e11-fc05-3909-d9cc-e5b554f5291c"), "torture_ill_treatment", null, true, "Torture or ill-treatment", null, 40, "IncidentType" },
                    { new Guid("47894939-baf7-9d48-8314-9153a5eafa04"), "military", null, true, "Military", null, 210, "PerpetratorType" },
                    { new Guid("484846b4-6ceb-8d76-99f7-df8d6f42e48c"), "denial_of_legal_counsel", null, true, "Denial of legal counsel", null, 80, "IncidentType" },
                    { new Guid("49567ff9-c7f6-55ed-14e5-aa0065753979"), "prosecutor", 30, true, "Prosecutor", null, 270, "InstitutionType" },
                    { new Guid("4b5bc3f4-4459-5c73-a409-6cbc20eeb027"), "killing", null, true, "Killing", null, 10, "IncidentType" },
                    { new Guid("506b05ce-4389-9c7b-9d2c-e60960d6316b"), "partly_upheld", null, true, "Partly upheld", null, 490, "ResponseOutcome" },
                    { new Guid("530aa9ee-0e20-c10d-b06e-725157a82b32"), "un_mechanism", 60, true, "UN mechanism", null, 340, "InstitutionType" },
                    { new Guid("57b2b717-dfdd-fbb6-22b6-8e883c71e27e"), "government_official", null, true, "Government official", null, 220, "PerpetratorType" },
                    { new Guid("57bd7bc0-a9f0-2a59-d1f6-6c14df61ea0e"), "raid", null, true, "Raid", null, 120, "IncidentType" },
                    { new Guid("5e2b992e-9c2f-b84a-8248-23726b052e1b"), "non_state_actor", null, true, "Non-state actor", null, 230, "PerpetratorType" },
                    { new Guid("6314a2c0-1c6a-c714-3f96-5b90947de9d2"), "ministry", 30, true, "Ministry", null, 310, "InstitutionType" },
                    { new Guid("631f50dc-7e0b-1fc3-ccab-51d372d815e9"), "refused_to_investigate", null, true, "Refused to investigate", null, 450, "ResponseOutcome" },
                    { new Guid("64899556-d902-7d5e-ed27-f260d8c054e8"), "motion", null, true, "Motion", null, 400, "ComplaintKind" },
                    { new Guid("690bfa1c-0a00-47ef-22c1-8ff2b0d589bc"), "forwarded", null, true, "Forwarded", null, 430, "ResponseOutcome" },
                    { new Guid("6dbe1052-563b-1346-3bdf-d7033925272a"), "parliament", 30, true, "Parliament", null, 330, "InstitutionType" },
                    { new Guid("6fee044a-7006-ada5-acbd-f6e907c6c9cd"), "decision_pending", null, true, "Decision pending", null, 510, "ResponseOutcome" },
                    { new Guid("7142e806-6b4d-8994-afd1-15d30ff74496"), "arbitrary_detention", null, true, "Arbitrary detention", null, 50, "IncidentType" },
                    { new Guid("7d2bc326-3caf-85a7-bfc5-5a27d0235eb1"), "investigation_opened", null, true, "Investigation opened", null, 440, "ResponseOutcome" },
                    { new Guid("7eaf3820-2523-9b66-10cc-50141349ac98"), "court", 60, true, "Court", null, 280, "InstitutionType" },
                    { new Guid("88119757-c76a-331a-898d-44989a70f71c"), "un_communication", null, true, "UN communication", null, 410, "ComplaintKind" },
                    { new Guid("8863d1f3-672e-2c33-f099-c5247df907bd"), "police", 30, true, "Police", null, 250, "InstitutionType" },
                    { new Guid("8d04ee3e-0feb-b619-460e-deeb713437c2"), "coerced_statement", null, true, "Coerced statement", null, 100, "IncidentType" },
                    { new Guid("a07694b3-e8a1-555d-469a-475d27d82c39"), "hearing_held", null, true, "Hearing held", null, 500, "ResponseOutcome" },
                    { new Guid("a4e716e2-1a19-c30e-e0b1-d59800fdd56c"), "unknown", null, true, "Unknown", null, 240, "PerpetratorType" },
                    { new Guid("ac0deadc-e069-9418-fe15-6fd3cdd225a2"), "denial_of_medical_care", null, true, "Denial of medical care", null, 90, "IncidentType" },
                    { new Guid("b3346881-3f27-243d-37dc-429e0555935a"), "judicial_harassment", null, true, "Judicial harassment", null, 70, "IncidentType" },
                    { new Guid("b576f1a2-46d7-2ef1-655a-a9683d5c535f"), "petition", null, true, "Petition", null, 390, "ComplaintKind" },
                    { new Guid("bb3d13c7-6749-5e09-3ddd-e99826e0b2c5"), "lawsuit", null, true, "Lawsuit", null, 380, "ComplaintKind" },
                    { new Guid("c11c9dd7-bead-e32a-2088-4a6de2c76881"), "surveillance", null, true, "Surveillance", null, 110, "IncidentType" },
                    { new Guid("c7bc5ef6-cd79-7d02-3f1b-f56bf68e3b7a"), "head_of_state", 30, true, "Head of state", null, 320, "InstitutionType" },
                    { new Guid("cbae2386-622c-9c24-0b76-d03c4da52297"), "judiciary", null, true, "Judiciary", null, 190, "PerpetratorType" },
                    { new Guid("ce5aac2b-a4dc-99f2-021e-2457d3088adb"), "upheld", null, true, "Upheld", null, 480, "ResponseOutcome" },
                    { new Guid("dab7236e-2e46-45a9-169d-92e3dce3dde3"), "other", 30, true, "Other", null, 350, "InstitutionType" },
                    { new Guid("dc8662d5-922c-3d53-6788-793d446d914f"), "security_service", null, true, "Security service", null, 170, "PerpetratorType" },
                    { new Guid("de4a2be4-1eec-a3ed-ebd7-f32e42334742"), "other_event", null, true, "Other event", null, 150, "IncidentType" },
                    { new Guid("ef752c21-dc52-7f61-2164-f76a362ce273"), "acknowledged", null, true, "Acknowledged", null, 420, "ResponseOutcome" },
                    { new Guid("f0b1dd7f-4468-c4e2-59d7-70aaaee7273c"), "threat_intimidation", null, true, "Threat or intimidation", null, 30, "IncidentType" },
                    { new Guid("f645c07e-3b8b-c76e-5cab-3ea291594c86"), "security_service", 30, true, "Security service", null, 260, "InstitutionType" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_assignments_user_id",
                table: "case_assignments",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_participants_person_id",
                table: "case_participants",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_cases_reference",
                table: "cases",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_status_id",
                table: "cases",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_complaint_incidents_incident_id",
                table: "complaint_incidents",
                column: "incident_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaint_sources_source_id",
                table: "complaint_sources",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_case_id",
                table: "complaints",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_filed_by_organisation_id",
                table: "complaints",
                column: "filed_by_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_filed_by_person_id",
                table: "complaints",
                column: "filed_by_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_institution_id_reply_due_on",
                table: "complaints",
                columns: new[] { "institution_id", "reply_due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_kind_id",
                table: "complaints",
                column: "kind_id");

            migrationBuilder.CreateIndex(
                name: "ix_incident_perpetrators_incident_id",
                table: "incident_perpetrators",
                column: "incident_id");

            migrationBuilder.CreateIndex(
                name: "ix_incident_perpetrators_institution_id",
                table: "incident_perpetrators",
                column: "institution_id");

            migrationBuilder.CreateIndex(
                name: "ix_incident_perpetrators_perpetrator_type_id",
                table: "incident_perpetrators",
                column: "perpetrator_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_incident_perpetrators_person_id",
                table: "incident_perpetrators",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_incident_sources_source_id",
                table: "incident_sources",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_incident_types_term_id",
                table: "incident_types",
                column: "term_id");

            migrationBuilder.CreateIndex(
                name: "ix_incident_victims_person_id",
                table: "incident_victims",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_case_id",
                table: "incidents",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_institutional_responses_complaint_id",
                table: "institutional_responses",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_institutional_responses_forwarded_to_institution_id",
                table: "institutional_responses",
                column: "forwarded_to_institution_id");

            migrationBuilder.CreateIndex(
                name: "ix_institutional_responses_outcome_id",
                table: "institutional_responses",
                column: "outcome_id");

            migrationBuilder.CreateIndex(
                name: "ix_institutions_name",
                table: "institutions",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_institutions_parent_id",
                table: "institutions",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_institutions_type_id",
                table: "institutions",
                column: "type_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_memberships_organisation_id",
                table: "organisation_memberships",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_persons_name",
                table: "persons",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_response_sources_source_id",
                table: "response_sources",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "role_name_index",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sources_case_id",
                table: "sources",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_role_id",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "email_index",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "user_name_index",
                table: "users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_vocabulary_terms_vocabulary_code",
                table: "vocabulary_terms",
                columns: new[] { "vocabulary", "code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_assignments");

            migrationBuilder.DropTable(
                name: "case_participants");

            migrationBuilder.DropTable(
                name: "complaint_incidents");

            migrationBuilder.DropTable(
                name: "complaint_sources");

            migrationBuilder.DropTable(
                name: "incident_perpetrators");

            migrationBuilder.DropTable(
                name: "incident_sources");

            migrationBuilder.DropTable(
                name: "incident_types");

            migrationBuilder.DropTable(
                name: "incident_victims");

            migrationBuilder.DropTable(
                name: "organisation_memberships");

            migrationBuilder.DropTable(
                name: "response_sources");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_roles");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "incidents");

            migrationBuilder.DropTable(
                name: "institutional_responses");

            migrationBuilder.DropTable(
                name: "sources");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "complaints");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "institutions");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "persons");

            migrationBuilder.DropTable(
                name: "vocabulary_terms");
        }
    }
}
