using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <summary>
    /// pg_restore runs with an empty search_path, so a function body that names another object without
    /// its schema fails there: restoring persons called ct_fold_names, which could not find ct_fold, and the
    /// whole table was lost. Every object a function body names is now schema-qualified, so a plain
    /// pg_dump restores cleanly (issue 12; the backup drill in the tests proves it).
    /// </summary>
    public partial class QualifiedFunctionsForRestore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION public.ct_fold_names(name text, other_names text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                  SELECT public.ct_fold(name || ' ' || coalesce(array_to_string(other_names, ' '), ''))
                $$;

                CREATE OR REPLACE FUNCTION public.audit_append() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    last_hash bytea;
                BEGIN
                    -- One writer at a time until commit, so ids follow the chain.
                    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('casetracker.audit_entries'));
                    SELECT hash INTO last_hash FROM public.audit_entries ORDER BY id DESC LIMIT 1;
                    NEW.id := pg_catalog.nextval(pg_catalog.pg_get_serial_sequence('public.audit_entries', 'id'));
                    NEW.previous_hash := coalesce(last_hash, ''::bytea);
                    NEW.hash := pg_catalog.sha256(NEW.previous_hash || pg_catalog.convert_to(public.audit_payload(NEW), 'UTF8'));
                    RETURN NEW;
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION public.ct_fold_names(name text, other_names text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                  SELECT ct_fold(name || ' ' || coalesce(array_to_string(other_names, ' '), ''))
                $$;

                CREATE OR REPLACE FUNCTION public.audit_append() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    last_hash bytea;
                BEGIN
                    PERFORM pg_advisory_xact_lock(hashtext('casetracker.audit_entries'));
                    SELECT hash INTO last_hash FROM audit_entries ORDER BY id DESC LIMIT 1;
                    NEW.id := nextval(pg_get_serial_sequence('audit_entries', 'id'));
                    NEW.previous_hash := coalesce(last_hash, ''::bytea);
                    NEW.hash := sha256(NEW.previous_hash || convert_to(audit_payload(NEW), 'UTF8'));
                    RETURN NEW;
                END
                $$;
                """);
        }
    }
}
