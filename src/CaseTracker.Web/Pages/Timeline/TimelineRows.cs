using System.Data.Common;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Incidents;
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
    private const string Sql = $$"""
        {{IncidentView.Sql}}
        where i.case_id = @case and (@archived or i.archived_at is null);

        select c.id, c.subject, c.filed_on_earliest, c.filed_on_latest, c.filed_on_precision, c.filed_on_approximate, c.archived_at is not null as archived,
               c.institution_id, c.filed_by_person_id, c.filed_by_name, c.reply_due_on, c.closed_on,
               array(select l.incident_id from complaint_incidents l where l.complaint_id = c.id order by l.incident_id) as incident_ids,
               array(select s.source_id from complaint_sources s where s.complaint_id = c.id order by s.source_id) as source_ids
        from complaints c
        where c.case_id = @case and (@archived or c.archived_at is null);

        select r.id, r.complaint_id, r.date_earliest, r.date_latest, r.date_precision, r.date_approximate, r.archived_at is not null as archived,
               r.outcome_id,
               array(select s.source_id from response_sources s where s.response_id = r.id order by s.source_id) as source_ids
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
        var incidents = new List<IncidentView>();
        while (await reader.ReadAsync(cancellationToken))
        {
            incidents.Add(IncidentView.Read(reader));
        }

        await reader.NextResultAsync(cancellationToken);
        var complaints = new List<ComplaintRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            complaints.Add(new ComplaintRow(reader.Id("id"), reader.Text("subject"), reader.Date("filed_on"), reader.Flag("archived"), reader.Id("institution_id"),
                reader.OptionalId("filed_by_person_id"), reader.OptionalText("filed_by_name"), reader.Day("reply_due_on"), reader.OptionalDay("closed_on"),
                reader.Ids("incident_ids"), reader.Ids("source_ids")));
        }

        await reader.NextResultAsync(cancellationToken);
        var responses = new List<ResponseRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            responses.Add(new ResponseRow(reader.Id("id"), reader.Id("complaint_id"), reader.Date("date"), reader.Flag("archived"), reader.Id("outcome_id"), reader.Ids("source_ids")));
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
            names[reader.Id("id")] = reader.Text("name");
        }

        return names;
    }

    internal sealed record Rows(
        List<IncidentView> Incidents,
        List<ComplaintRow> Complaints,
        List<ResponseRow> Responses,
        Dictionary<Guid, string> People,
        Dictionary<Guid, string> Institutions);

    internal sealed record ComplaintRow(Guid Id, string Subject, PartialDate FiledOn, bool Archived, Guid InstitutionId, Guid? FiledByPersonId, string? FiledByName,
        DateOnly ReplyDueOn, DateOnly? ClosedOn, Guid[] IncidentIds, Guid[] SourceIds);

    internal sealed record ResponseRow(Guid Id, Guid ComplaintId, PartialDate Date, bool Archived, Guid OutcomeId, Guid[] SourceIds);
}
