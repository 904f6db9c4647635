using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseTracker.Web.Data.Migrations
{
    /// <summary>
    /// Each incident carries the lists of its links (types, sources with their locators, victims with their
    /// age and condition where given, perpetrators), kept by the database from the link tables, which stay
    /// the record of truth: a trigger on each link table recomputes the lists of every incident a
    /// transaction touched, at its commit, with the one rule in incident_links_refresh.
    /// The case page and the timeline then read a case's incidents by one range scan instead of four index
    /// probes per incident (issue 17; ADR 33). The columns are unknown to EF: no page writes them.
    /// </summary>
    public partial class IncidentLinksKeptWithIncident : Migration
    {
        private static readonly string[] LinkTables = ["incident_types", "incident_sources", "incident_victims", "incident_perpetrators"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE incidents
                    ADD COLUMN type_ids uuid[] NOT NULL DEFAULT '{}',
                    ADD COLUMN source_ids uuid[] NOT NULL DEFAULT '{}',
                    ADD COLUMN source_locators jsonb NOT NULL DEFAULT '{}',
                    ADD COLUMN victim_ids uuid[] NOT NULL DEFAULT '{}',
                    ADD COLUMN victim_details jsonb NOT NULL DEFAULT '[]',
                    ADD COLUMN perpetrator_person_ids uuid[] NOT NULL DEFAULT '{}',
                    ADD COLUMN perpetrator_institution_ids uuid[] NOT NULL DEFAULT '{}',
                    ADD COLUMN perpetrators jsonb NOT NULL DEFAULT '[]';

                COMMENT ON COLUMN incidents.type_ids IS 'Kept from incident_types by public.incident_links_refresh; never written otherwise.';
                COMMENT ON COLUMN incidents.victim_details IS 'Kept from incident_victims (only victims with an age or condition; conditionConfidential is redacted by the app) by public.incident_links_refresh.';
                COMMENT ON COLUMN incidents.perpetrators IS 'Kept from incident_perpetrators by public.incident_links_refresh; never written otherwise.';

                -- The one rule for the lists: ids sorted (victims by person, perpetrators' people in the order entered),
                -- perpetrators' institutions distinct. Aggregates without GROUP BY give one row, so no link is an empty list.
                CREATE FUNCTION public.incident_links_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
                  UPDATE public.incidents i SET
                    type_ids = coalesce((SELECT array_agg(t.term_id ORDER BY t.term_id) FROM public.incident_types t WHERE t.incident_id = i.id), '{}'),
                    (source_ids, source_locators) = (
                      SELECT coalesce(array_agg(s.source_id ORDER BY s.source_id), '{}'),
                             coalesce(jsonb_object_agg(s.source_id, s.locator) FILTER (WHERE s.locator IS NOT NULL), '{}')
                      FROM public.incident_sources s WHERE s.incident_id = i.id),
                    (victim_ids, victim_details) = (
                      SELECT coalesce(array_agg(v.person_id ORDER BY v.person_id), '{}'),
                             coalesce(jsonb_agg(jsonb_build_object('personId', v.person_id, 'ageAsGiven', v.age_as_given, 'condition', v.condition,
                                                                   'conditionConfidential', v.condition_confidential) ORDER BY v.person_id)
                                      FILTER (WHERE v.age_as_given IS NOT NULL OR v.condition IS NOT NULL), '[]')
                      FROM public.incident_victims v WHERE v.incident_id = i.id),
                    (perpetrator_person_ids, perpetrator_institution_ids, perpetrators) = (
                      SELECT coalesce(array_agg(p.person_id ORDER BY p.id) FILTER (WHERE p.person_id IS NOT NULL), '{}'),
                             coalesce(array_agg(DISTINCT p.institution_id) FILTER (WHERE p.institution_id IS NOT NULL), '{}'),
                             coalesce(jsonb_agg(jsonb_build_object('institutionId', p.institution_id, 'personId', p.person_id, 'typeId', p.perpetrator_type_id,
                                                                   'description', p.description, 'position', p.position) ORDER BY p.id), '[]')
                      FROM public.incident_perpetrators p WHERE p.incident_id = i.id)
                  WHERE i.id = ANY(ids)
                $$;

                -- Deferred to the commit: EF checks a form's version (xmin) when it writes the incident's own row, and a
                -- refresh before that write would move the version and refuse every save that changes links.
                CREATE FUNCTION public.incident_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        PERFORM public.incident_links_refresh(ARRAY[NEW.incident_id]);
                    ELSIF TG_OP = 'DELETE' THEN
                        PERFORM public.incident_links_refresh(ARRAY[OLD.incident_id]);
                    ELSE
                        PERFORM public.incident_links_refresh(ARRAY[NEW.incident_id, OLD.incident_id]);
                    END IF;
                    RETURN NULL;
                END
                $$;
                """);

            foreach (var table in LinkTables)
            {
                migrationBuilder.Sql($"""
                    CREATE CONSTRAINT TRIGGER {table}_changed AFTER INSERT OR UPDATE OR DELETE ON {table}
                        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.incident_links_changed();
                    """);
            }

            migrationBuilder.Sql("SELECT public.incident_links_refresh(ARRAY(SELECT id FROM incidents));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in LinkTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_changed ON {table};");
            }

            migrationBuilder.Sql("""
                DROP FUNCTION public.incident_links_changed();
                DROP FUNCTION public.incident_links_refresh(uuid[]);
                ALTER TABLE incidents DROP COLUMN type_ids, DROP COLUMN source_ids, DROP COLUMN source_locators, DROP COLUMN victim_ids,
                    DROP COLUMN victim_details, DROP COLUMN perpetrator_person_ids, DROP COLUMN perpetrator_institution_ids, DROP COLUMN perpetrators;
                """);
        }
    }
}
