using System.Data.Common;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Complaints;
using CaseTracker.Web.Pages.Incidents;
using CaseTracker.Web.Pages.Responses;
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

        {{ComplaintView.Sql}}
        where c.case_id = @case and (@archived or c.archived_at is null);

        {{ResponseView.Sql}}
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
        var complaints = new List<ComplaintView>();
        while (await reader.ReadAsync(cancellationToken))
        {
            complaints.Add(ComplaintView.Read(reader));
        }

        await reader.NextResultAsync(cancellationToken);
        var responses = new List<ResponseView>();
        while (await reader.ReadAsync(cancellationToken))
        {
            responses.Add(ResponseView.Read(reader));
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
        List<ComplaintView> Complaints,
        List<ResponseView> Responses,
        Dictionary<Guid, string> People,
        Dictionary<Guid, string> Institutions);
}
