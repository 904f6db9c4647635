using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Groups;
using CaseTracker.Domain.Incidents;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Timeline;
using Npgsql;

namespace CaseTracker.Web.Pages.Incidents;

/// <summary>
/// The one read shape of an incident (STYLE 15): the case page, the timeline (list, overview, JSON, CSV,
/// Markdown), the case's CSV and JSON, the API and the search export all read incidents as this record,
/// loaded by the SQL below and read by column name. The API writes it as it is (its OpenAPI schema is
/// this record), the CSVs take <see cref="CsvColumns"/>, and the case page and timeline line show
/// <see cref="Facts"/>: so a new field is added here, in its entity and in its form (docs/adding-a-field.md).
/// </summary>
public sealed record IncidentView(
    Guid Id,
    Guid CaseId,
    string Title,
    string? Narrative,
    PartialDate Date,
    PartialDate? AlternativeDate,
    string? DateNote,
    string? Place,
    VerificationStatus Verification,
    bool Archived,
    IReadOnlyList<Guid> TypeIds,
    IReadOnlyList<Guid> SourceIds,
    IReadOnlyList<Guid> VictimIds,
    IReadOnlyList<Guid> PerpetratorPersonIds,
    IReadOnlyList<Guid> PerpetratorInstitutionIds,
    IReadOnlyList<PerpetratorView> Perpetrators,
    GroupCount? VictimGroup,
    IReadOnlyDictionary<Guid, string> SourceLocators)
{
    /// <summary>
    /// The SELECT and FROM for incidents (alias i); the caller adds WHERE and ORDER BY. The lists of each
    /// incident's links are columns of its row, kept by the database from the link tables (migration
    /// IncidentLinksKeptWithIncident, ADR 33): a case's incidents are one range scan, not four index probes each.
    /// </summary>
    internal static readonly string Sql = $"""
        select i.id, i.case_id, i.title, i.narrative, {PartialDateSql.Columns("i.date")},
               {PartialDateSql.Columns("i.alternative_date")},
               i.date_note, i.place, i.verification, i.archived_at is not null as archived,
               {GroupCountSql.Columns("i.victim_group")},
               i.type_ids, i.source_ids, i.source_locators, i.victim_ids,
               i.perpetrator_person_ids, i.perpetrator_institution_ids, i.perpetrators
        from incidents i
        """;

    /// <summary>
    /// The incident's types in the reader's language, set by <see cref="WithLabels"/> where they are shown
    /// or written (case page, JSON, CSV); empty until then.
    /// </summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>
    /// Each perpetrator in words (named person · rank or position · institution · type · description),
    /// set by <see cref="WithPerpetratorNames"/> where the case page shows them; empty until then.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string> PerpetratorLines { get; init; } = [];

    /// <summary>
    /// What the case page shows after the incident's types and verification, and the timeline after its
    /// people: each fact's label (a resource key, read aloud by screen readers) and value, in order.
    /// </summary>
    [JsonIgnore]
    public IEnumerable<(string Label, string Value)> Facts
    {
        get
        {
            if (Place is not null)
            {
                yield return ("Place", Place);
            }

            if (VictimGroup is not null)
            {
                yield return ("Group of victims", VictimGroup.ToString());
            }
        }
    }

    /// <summary>The columns every CSV with incidents carries, after its own (kind, id, date, title).</summary>
    public static IReadOnlyList<CsvColumn<IncidentView>> CsvColumns { get; } =
    [
        new("place", i => i.Place),
        new("verification", i => i.Verification.ToString()),
        new("types", i => string.Join("; ", i.Types)),
        new("alternative_date", i => i.AlternativeDate?.ToString()),
        new("alternative_edtf", i => i.AlternativeDate?.ToEdtf()),
        new("date_note", i => i.DateNote),
        new("group_count", i => i.VictimGroup?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("group_qualifier", i => i.VictimGroup?.Qualifier.ToString()),
        new("group_who", i => i.VictimGroup?.Who),
        new("people_affected", i => i.PeopleAffected.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    public IncidentView WithLabels(IReadOnlyDictionary<Guid, string> labels) => this with { Types = TypeIds.Select(t => labels.GetValueOrDefault(t, "?")).ToList() };

    public IncidentView WithPerpetratorNames(IReadOnlyDictionary<Guid, string> names) => this with
    {
        PerpetratorLines = Perpetrators.Select(p => p.InWords(names)).ToList(),
    };

    internal static IncidentView Read(DbDataReader reader) => new(
        reader.Id("id"),
        reader.Id("case_id"),
        reader.Text("title"),
        reader.OptionalText("narrative"),
        reader.Date("date"),
        reader.OptionalDate("alternative_date"),
        reader.OptionalText("date_note"),
        reader.OptionalText("place"),
        Enum.Parse<VerificationStatus>(reader.Text("verification")),
        reader.Flag("archived"),
        reader.Ids("type_ids"),
        reader.Ids("source_ids"),
        reader.Ids("victim_ids"),
        reader.Ids("perpetrator_person_ids"),
        reader.Ids("perpetrator_institution_ids"),
        FromJson<List<PerpetratorView>>(reader.Text("perpetrators")),
        GroupCountSql.Read(reader, "victim_group"),
        FromJson<Dictionary<Guid, string>>(reader.Text("source_locators")));

    /// <summary>A kept list or map; the empty ones (most incidents cite no page of a source) are not parsed.</summary>
    private static T FromJson<T>(string json)
        where T : new() =>
        json is "[]" or "{}" ? new T() : JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web) ?? new T();

    /// <summary>How many people the incident counts, by the one rule (<see cref="GroupCount.PeopleWith"/>).</summary>
    [JsonIgnore]
    public int PeopleAffected => GroupCount.PeopleWith(VictimGroup, VictimIds.Count);

    /// <summary>How the timeline reads a case's incidents: one entry each, with its people, perpetrator institutions and facts.</summary>
    internal static TimelineSource<IncidentView> Timeline { get; } = new()
    {
        Statement = $"{Sql} where i.case_id = @case and (@archived or i.archived_at is null)",
        PeopleSql = "select unnest(i.victim_ids || i.perpetrator_person_ids) from incidents i where i.case_id = @case",
        InstitutionsSql = "select unnest(i.perpetrator_institution_ids) from incidents i where i.case_id = @case",
        Read = Read,
        Entries = (rows, context) => rows.Of<IncidentView>().Select(incident => new TimelineEntry(
            TimelineKind.Incident,
            incident.Id,
            incident.Title,
            incident.Date,
            incident.VictimIds.Concat(incident.PerpetratorPersonIds).Select(context.Person).ToList(),
            incident.PerpetratorInstitutionIds.Select(context.Institution).ToList(),
            incident.SourceIds,
            incident.Archived)
        {
            // Type labels are added where they are shown (JSON, CSV), not for every entry of every page.
            Incident = incident,
            Facts = [.. incident.Facts],
            IsContextEvent = incident.TypeIds.Count > 0 && incident.TypeIds.All(t => t == context.ContextEventType),
            InstitutionIds = incident.PerpetratorInstitutionIds,
        }),
    };

    /// <summary>The incidents <paramref name="where"/> selects, in date order, in one statement.</summary>
    internal static Task<List<IncidentView>> LoadAsync(CaseTrackerDbContext db, string where, Action<NpgsqlParameterCollection> parameters, CancellationToken cancellationToken) =>
        ReadBatch.ListAsync(db, Ordered(where), parameters, Read, cancellationToken);

    /// <summary>The incidents <paramref name="where"/> selects, in date order, read with the rest of <paramref name="batch"/>.</summary>
    internal static List<IncidentView> AddTo(ReadBatch batch, string where, Action<NpgsqlParameterCollection> parameters) =>
        batch.Add(Ordered(where), parameters, Read);

    private static string Ordered(string where) => $"{Sql} where {where} order by {PartialDateSql.Order("i.date")}, i.id";
}

/// <summary>One perpetrator of an incident as sources name them: any of institution, named person, type, words, and rank or position.</summary>
public sealed record PerpetratorView(Guid? InstitutionId, Guid? PersonId, Guid? TypeId, string? Description, string? Position)
{
    public static PerpetratorView From(IncidentPerpetrator perpetrator)
    {
        ArgumentNullException.ThrowIfNull(perpetrator);
        return new(perpetrator.InstitutionId, perpetrator.PersonId, perpetrator.PerpetratorTypeId, perpetrator.Description, perpetrator.Position);
    }

    /// <summary>The perpetrator in words, as the case page and the edit form show them: person · rank or position · institution · type · description.</summary>
    public string InWords(IReadOnlyDictionary<Guid, string> names) => string.Join(" · ", new[]
    {
        PersonId is { } person ? names.GetValueOrDefault(person) : null,
        Position,
        InstitutionId is { } institution ? names.GetValueOrDefault(institution) : null,
        TypeId is { } type ? names.GetValueOrDefault(type) : null,
        Description,
    }.Where(part => !string.IsNullOrEmpty(part)));
}
