using System.Data.Common;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Data;
using Npgsql;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>
/// The rows a timeline is built from, read in one round trip: a single batch of five statements, with
/// each record's links aggregated into arrays by PostgreSQL. A profile of the 2,000-entry benchmark
/// showed twelve EF Core queries costing about 90 ms, most of it materialisation; this costs a fraction
/// (ADR 11). The SQL names the tables and columns of the migrations; the timeline tests fail if they drift.
/// Callers check that the case is visible before asking.
/// </summary>
internal static class TimelineRows
{
    private const string Sql = """
        select i.id, i.title, i.place, i.date_earliest, i.date_latest, i.date_precision, i.date_approximate, i.archived_at is not null,
               array(select t.term_id from incident_types t where t.incident_id = i.id order by t.term_id),
               array(select v.person_id from incident_victims v where v.incident_id = i.id order by v.person_id),
               array(select p.person_id from incident_perpetrators p where p.incident_id = i.id and p.person_id is not null order by p.id),
               array(select distinct p.institution_id from incident_perpetrators p where p.incident_id = i.id and p.institution_id is not null),
               array(select s.source_id from incident_sources s where s.incident_id = i.id order by s.source_id)
        from incidents i
        where i.case_id = @case and (@archived or i.archived_at is null);

        select c.id, c.subject, c.filed_on_earliest, c.filed_on_latest, c.filed_on_precision, c.filed_on_approximate, c.archived_at is not null,
               c.institution_id, c.filed_by_person_id, c.filed_by_name, c.reply_due_on, c.closed_on,
               array(select l.incident_id from complaint_incidents l where l.complaint_id = c.id order by l.incident_id),
               array(select s.source_id from complaint_sources s where s.complaint_id = c.id order by s.source_id)
        from complaints c
        where c.case_id = @case and (@archived or c.archived_at is null);

        select r.id, r.complaint_id, r.date_earliest, r.date_latest, r.date_precision, r.date_approximate, r.archived_at is not null,
               r.outcome_id,
               array(select s.source_id from response_sources s where s.response_id = r.id order by s.source_id)
        from institutional_responses r
        join complaints c on c.id = r.complaint_id
        where c.case_id = @case and (@archived or (c.archived_at is null and r.archived_at is null));

        select p.id, p.name from persons p
        where p.id in (
            select v.person_id from incident_victims v join incidents i on i.id = v.incident_id where i.case_id = @case
            union select x.person_id from incident_perpetrators x join incidents i on i.id = x.incident_id where i.case_id = @case
            union select c.filed_by_person_id from complaints c where c.case_id = @case);

        select n.id, n.name from institutions n
        where n.id in (
            select x.institution_id from incident_perpetrators x join incidents i on i.id = x.incident_id where i.case_id = @case
            union select c.institution_id from complaints c where c.case_id = @case);
        """;

    public static async Task<Rows> LoadAsync(CaseTrackerDbContext db, Guid caseId, bool includeArchived, CancellationToken cancellationToken)
    {
        await using var raw = await RawConnection.OpenAsync(db, cancellationToken);
        var connection = raw.Connection;
        await using var batch = new NpgsqlBatch(connection);
        foreach (var statement in Sql.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var command = new NpgsqlBatchCommand(statement);
            command.Parameters.AddWithValue("case", caseId);
            command.Parameters.AddWithValue("archived", includeArchived);
            batch.BatchCommands.Add(command);
        }

        // Prepared: PostgreSQL plans the five statements once per connection instead of on every request
        // (Npgsql keeps them prepared on pooled connections, so this is a round trip only the first time).
        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var incidents = new List<IncidentRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            incidents.Add(new IncidentRow(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), DateAt(reader, 3), reader.GetBoolean(7),
                Ids(reader, 8), Ids(reader, 9), Ids(reader, 10), Ids(reader, 11), Ids(reader, 12)));
        }

        await reader.NextResultAsync(cancellationToken);
        var complaints = new List<ComplaintRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            complaints.Add(new ComplaintRow(reader.GetGuid(0), reader.GetString(1), DateAt(reader, 2), reader.GetBoolean(6), reader.GetGuid(7),
                reader.IsDBNull(8) ? null : reader.GetGuid(8), reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.GetFieldValue<DateOnly>(10), reader.IsDBNull(11) ? null : reader.GetFieldValue<DateOnly>(11), Ids(reader, 12), Ids(reader, 13)));
        }

        await reader.NextResultAsync(cancellationToken);
        var responses = new List<ResponseRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            responses.Add(new ResponseRow(reader.GetGuid(0), reader.GetGuid(1), DateAt(reader, 2), reader.GetBoolean(6), reader.GetGuid(7), Ids(reader, 8)));
        }

        var people = await NamesAsync(reader, cancellationToken);
        var institutions = await NamesAsync(reader, cancellationToken);
        return new Rows(incidents, complaints, responses, people, institutions);
    }

    private static async Task<Dictionary<Guid, string>> NamesAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        var names = new Dictionary<Guid, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            names[reader.GetGuid(0)] = reader.GetString(1);
        }

        return names;
    }

    /// <summary>The four columns of a partial date (PartialDateMapping), from <paramref name="first"/> on.</summary>
    private static PartialDate DateAt(DbDataReader reader, int first) =>
        PartialDate.FromStorage(reader.GetFieldValue<DateOnly>(first), reader.GetFieldValue<DateOnly>(first + 1),
            Enum.Parse<DatePrecision>(reader.GetString(first + 2)), reader.GetBoolean(first + 3));

    private static Guid[] Ids(DbDataReader reader, int ordinal) => reader.GetFieldValue<Guid[]>(ordinal);

    internal sealed record Rows(
        List<IncidentRow> Incidents,
        List<ComplaintRow> Complaints,
        List<ResponseRow> Responses,
        Dictionary<Guid, string> People,
        Dictionary<Guid, string> Institutions);

    internal sealed record IncidentRow(Guid Id, string Title, string? Place, PartialDate Date, bool Archived,
        Guid[] TypeIds, Guid[] VictimIds, Guid[] PerpetratorPersonIds, Guid[] PerpetratorInstitutionIds, Guid[] SourceIds);

    internal sealed record ComplaintRow(Guid Id, string Subject, PartialDate FiledOn, bool Archived, Guid InstitutionId, Guid? FiledByPersonId, string? FiledByName,
        DateOnly ReplyDueOn, DateOnly? ClosedOn, Guid[] IncidentIds, Guid[] SourceIds);

    internal sealed record ResponseRow(Guid Id, Guid ComplaintId, PartialDate Date, bool Archived, Guid OutcomeId, Guid[] SourceIds);
}
