using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
    {
        /// <summary>
        /// The database side of the audit trail (ADR 12). audit_payload(row) is the text a row's hash
        /// covers, every field in a fixed order. The insert trigger takes a transaction-scoped lock,
        /// numbers the row after the last one and sets hash = sha256(previous_hash || payload): one chain,
        /// in id order, however many app instances write. Update, delete and truncate are refused for
        /// every role, the application's included. Migrations are history: change this in a new one.
        /// </summary>
        private const string CreateChainSql = """
        CREATE FUNCTION audit_payload(a audit_entries) RETURNS text LANGUAGE sql STABLE AS $$
            SELECT concat_ws('|', a.id::text,
                to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                coalesce(a.user_id::text, ''), coalesce(a.client_address, ''), a.action,
                coalesce(a.entity_type, ''), coalesce(a.entity_id::text, ''), coalesce(a.changes::text, ''))
        $$;

        CREATE FUNCTION audit_append() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            last_hash bytea;
        BEGIN
            -- One writer at a time until commit, so ids follow the chain.
            PERFORM pg_advisory_xact_lock(hashtext('casetracker.audit_entries'));
            SELECT hash INTO last_hash FROM audit_entries ORDER BY id DESC LIMIT 1;
            NEW.id := nextval(pg_get_serial_sequence('audit_entries', 'id'));
            NEW.previous_hash := coalesce(last_hash, ''::bytea);
            NEW.hash := sha256(NEW.previous_hash || convert_to(audit_payload(NEW), 'UTF8'));
            RETURN NEW;
        END
        $$;

        CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'The audit trail is append-only.' USING ERRCODE = 'insufficient_privilege';
        END
        $$;

        CREATE TRIGGER audit_entries_append BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_append();
        CREATE TRIGGER audit_entries_no_update BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
        CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM PUBLIC;
        """;

        private const string DropChainSql = """
        DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries;
        DROP TRIGGER IF EXISTS audit_entries_no_update ON audit_entries;
        DROP TRIGGER IF EXISTS audit_entries_append ON audit_entries;
        DROP FUNCTION IF EXISTS audit_refuse_change();
        DROP FUNCTION IF EXISTS audit_append();
        DROP FUNCTION IF EXISTS audit_payload(audit_entries);
        """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    client_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    changes = table.Column<string>(type: "jsonb", nullable: true),
                    previous_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    hash = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at",
                table: "audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_user_id",
                table: "audit_entries",
                column: "user_id");

            // Hash chain and append-only rules live in the database (ADR 12).
            migrationBuilder.Sql(CreateChainSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DropChainSql);
            migrationBuilder.DropTable(
                name: "audit_entries");
        }
    }
}
