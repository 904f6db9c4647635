using System.Data.Common;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Proceedings;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Steps;
using CaseTracker.Web.Pages.Timeline;
using Npgsql;

namespace CaseTracker.Web.Pages.Proceedings;

/// <summary>
/// The one read shape of a proceeding (STYLE 15), with its steps and where it stands: the case page, the
/// timeline (each step an entry), the case JSON and the API read proceedings as this record. Its standing
/// is <see cref="ProceedingStates.Of"/>, the rule statistics count by too.
/// </summary>
public sealed record ProceedingView(
    Guid Id,
    Guid CaseId,
    ProceedingKind Kind,
    Guid ConductedById,
    string Title,
    string? ReferenceNumber,
    string? Against,
    bool Archived,
    IReadOnlyList<Guid> IncidentIds,
    IReadOnlyList<Guid> SourceIds)
{
    /// <summary>The SELECT and FROM for proceedings (alias p); the caller adds WHERE.</summary>
    internal static readonly string Sql = """
        select p.id, p.case_id, p.kind, p.conducted_by_id, p.title, p.reference_number, p.against, p.archived_at is not null as archived,
               array(select l.incident_id from proceeding_incidents l where l.proceeding_id = p.id order by l.incident_id) as incident_ids,
               array(select s.source_id from proceeding_sources s where s.proceeding_id = p.id order by s.source_id) as source_ids
        from proceedings p
        """;

    /// <summary>The institution conducting it.</summary>
    public string ConductedBy { get; init; } = "";

    /// <summary>Its steps that are not archived (unless the reader asked for archived records), in the story's order.</summary>
    public IReadOnlyList<StepView> Steps { get; init; } = [];

    /// <summary>Where it stands on the day it was read, and since when.</summary>
    public ProceedingStanding Standing { get; init; } = new(ProceedingState.Unknown, null, null, false);

    /// <summary>Its steps in story order, labelled, and where it stands on <paramref name="today"/>.</summary>
    public ProceedingView Complete(IEnumerable<StepView> steps, DateOnly today, IReadOnlyDictionary<Guid, string> labels, IReadOnlyDictionary<Guid, string> institutions)
    {
        var ordered = StoryOrder.Apply(
            steps.OrderBy(s => s.Date).ThenBy(s => s.Id)
                .Select(s => s with { Kind = labels.GetValueOrDefault(s.KindId, "?"), Court = s.CourtId is { } court ? institutions.GetValueOrDefault(court, "?") : null })
                .ToList(),
            s => s.Id,
            s => s.Date.After);
        return this with
        {
            ConductedBy = institutions.GetValueOrDefault(ConductedById, "?"),
            Steps = ordered,
            Standing = ProceedingStates.Of(ordered.Where(s => !s.Archived).Select(s => (s.KindCode, s.Date)), today),
        };
    }

    /// <summary>How the timeline reads a case's proceedings: one entry for each step, in the proceedings' lane.</summary>
    internal static TimelineSource<ProceedingView> Timeline { get; } = new()
    {
        Statement = $"{Sql} where p.case_id = @case and (@archived or p.archived_at is null)",
        InstitutionsSql = "select p.conducted_by_id from proceedings p where p.case_id = @case",
        Read = Read,
        Entries = (rows, context) =>
        {
            var steps = rows.Of<StepView>().ToLookup(s => s.ProceedingId);
            return rows.Of<ProceedingView>().SelectMany(row =>
            {
                var proceeding = row.Complete(steps[row.Id], context.Today, context.Labels, context.Institutions);
                return proceeding.Steps.Select(step => new TimelineEntry(
                    TimelineKind.Step, step.Id, $"{proceeding.Title}: {step.Kind}", step.Date, [], [proceeding.ConductedBy], proceeding.SourceIds, step.Archived || proceeding.Archived)
                {
                    Facts = [.. step.Facts],
                    InstitutionIds = step.CourtId is { } court ? [proceeding.ConductedById, court] : [proceeding.ConductedById],
                    RelatedIncidentIds = proceeding.IncidentIds,
                    LinkedIds = [proceeding.Id],
                });
            });
        },
    };

    internal static ProceedingView Read(DbDataReader reader) => new(
        reader.Id("id"),
        reader.Id("case_id"),
        Enum.Parse<ProceedingKind>(reader.Text("kind")),
        reader.Id("conducted_by_id"),
        reader.Text("title"),
        reader.OptionalText("reference_number"),
        reader.OptionalText("against"),
        reader.Flag("archived"),
        reader.Ids("incident_ids"),
        reader.Ids("source_ids"));

    /// <summary>The proceedings <paramref name="where"/> selects (over alias p), each with its steps that are not archived; one round trip.</summary>
    internal static Task<List<(ProceedingView Proceeding, List<StepView> Steps)>> LoadAsync(
        CaseTrackerDbContext db, string where, Action<NpgsqlParameterCollection> parameters, CancellationToken cancellationToken) =>
        ReadBatch.RunAsync(db, batch => AddTo(batch, where, parameters), cancellationToken);

    /// <summary>The proceedings <paramref name="where"/> selects with their steps, read with the rest of <paramref name="batch"/>; the result is whole once it has run.</summary>
    internal static Func<List<(ProceedingView Proceeding, List<StepView> Steps)>> AddTo(ReadBatch batch, string where, Action<NpgsqlParameterCollection> parameters)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var proceedings = batch.Add($"{Sql} where {where} order by p.title, p.id", parameters, Read);
        var steps = batch.Add($"{StepView.Sql} where s.archived_at is null and {where}", parameters, StepView.Read);
        return () =>
        {
            var byProceeding = steps.ToLookup(s => s.ProceedingId);
            return proceedings.Select(p => (p, byProceeding[p.Id].ToList())).ToList();
        };
    }
}
