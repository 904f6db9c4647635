using System.Data.Common;
using System.Text.Json.Serialization;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Groups;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Timeline;
using Npgsql;

namespace CaseTracker.Web.Pages.Acts;

/// <summary>
/// The one read shape of an institutional act (STYLE 15): what an institution did on its own. The case
/// page, the timeline (list, overview, JSON, CSV, Markdown), the case JSON and the API read acts as this
/// record, loaded by the SQL below and read by column name. <see cref="WithLabels"/> adds the kind and the
/// institution in the reader's language where they are shown.
/// </summary>
public sealed record ActView(
    Guid Id,
    Guid CaseId,
    Guid InstitutionId,
    [property: JsonIgnore] Guid KindId,
    PartialDate Date,
    string? Summary,
    bool Archived,
    IReadOnlyList<Guid> IncidentIds,
    IReadOnlyList<Guid> PersonIds,
    IReadOnlyList<Guid> SourceIds,
    GroupCount? Group)
{
    /// <summary>The SELECT and FROM for acts (alias a); the caller adds WHERE.</summary>
    internal static readonly string Sql = $$"""
        select a.id, a.case_id, a.institution_id, a.kind_id, {{PartialDateSql.Columns("a.date")}}, a.summary,
               a.archived_at is not null as archived, {{GroupCountSql.Columns("a.group")}},
               array(select l.incident_id from institutional_act_incidents l where l.act_id = a.id order by l.incident_id) as incident_ids,
               array(select l.person_id from institutional_act_people l where l.act_id = a.id order by l.person_id) as person_ids,
               array(select s.source_id from institutional_act_sources s where s.act_id = a.id order by s.source_id) as source_ids
        from institutional_acts a
        """;

    /// <summary>What the timeline shows after the act's people: its summary and the group it concerns.</summary>
    [JsonIgnore]
    public IEnumerable<(string Label, string Value)> Facts
    {
        get
        {
            if (Summary is not null)
            {
                yield return ("Summary", Summary);
            }

            if (Group is not null)
            {
                yield return ("Group it concerns", Group.ToString());
            }
        }
    }

    /// <summary>What the institution did, in the reader's language (set by <see cref="WithLabels"/>).</summary>
    public string Kind { get; init; } = "";

    /// <summary>The institution's name (set by <see cref="WithLabels"/>).</summary>
    public string Institution { get; init; } = "";

    /// <summary>A title for lists and the timeline: "Prosecutor's Office: Criminal case opened".</summary>
    [JsonIgnore]
    public string Title => $"{Institution}: {Kind}";

    public ActView WithLabels(IReadOnlyDictionary<Guid, string> labels, IReadOnlyDictionary<Guid, string> institutions) =>
        this with { Kind = labels.GetValueOrDefault(KindId, "?"), Institution = institutions.GetValueOrDefault(InstitutionId, "?") };

    internal static ActView Read(DbDataReader reader) => new(
        reader.Id("id"),
        reader.Id("case_id"),
        reader.Id("institution_id"),
        reader.Id("kind_id"),
        reader.Date("date"),
        reader.OptionalText("summary"),
        reader.Flag("archived"),
        reader.Ids("incident_ids"),
        reader.Ids("person_ids"),
        reader.Ids("source_ids"),
        GroupCountSql.Read(reader, "group"));

    /// <summary>How the timeline reads a case's acts: one entry each, in the institutions' lane, with the people it concerns.</summary>
    internal static TimelineSource<ActView> Timeline { get; } = new()
    {
        Statement = $"{Sql} where a.case_id = @case and (@archived or a.archived_at is null)",
        PeopleSql = "select l.person_id from institutional_act_people l join institutional_acts a on a.id = l.act_id where a.case_id = @case",
        InstitutionsSql = "select a.institution_id from institutional_acts a where a.case_id = @case",
        Read = Read,
        Entries = (rows, context) => rows.Of<ActView>().Select(act =>
        {
            var labelled = act.WithLabels(context.Labels, context.Institutions);
            return new TimelineEntry(
                TimelineKind.Act,
                act.Id,
                labelled.Title,
                act.Date,
                act.PersonIds.Select(context.Person).ToList(),
                [],
                act.SourceIds,
                act.Archived)
            {
                Facts = [.. act.Facts],
                InstitutionIds = [act.InstitutionId],
                RelatedIncidentIds = act.IncidentIds,
            };
        }),
    };

    /// <summary>The acts <paramref name="where"/> selects, in date order, in one statement.</summary>
    internal static Task<List<ActView>> LoadAsync(CaseTrackerDbContext db, string where, Action<NpgsqlParameterCollection> parameters, CancellationToken cancellationToken) =>
        ReadBatch.ListAsync(db, Ordered(where), parameters, Read, cancellationToken);

    /// <summary>The acts <paramref name="where"/> selects, in date order, read with the rest of <paramref name="batch"/>.</summary>
    internal static List<ActView> AddTo(ReadBatch batch, string where, Action<NpgsqlParameterCollection> parameters) =>
        batch.Add(Ordered(where), parameters, Read);

    private static string Ordered(string where) => $"{Sql} where {where} order by {PartialDateSql.Order("a.date")}, a.id";
}
