using System.Data.Common;
using System.Globalization;
using System.Text.Json.Serialization;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Groups;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Responses;
using CaseTracker.Web.Pages.Timeline;
using Npgsql;

namespace CaseTracker.Web.Pages.Complaints;

/// <summary>
/// The one read shape of a complaint (STYLE 15), with its responses and where it stands: the case page,
/// the timeline, the case and search CSV, the case JSON and the API read complaints as this record,
/// loaded by the SQL below and read by column name. Its state is <see cref="Complaint.StateOf"/>, the
/// rule statistics also count by (ComplaintStateSql). Internal notes are withheld by
/// <see cref="Complete"/> from readers who may not see confidential fields.
/// </summary>
public sealed record ComplaintView(
    Guid Id,
    [property: JsonIgnore] Guid CaseId,
    string Subject,
    string? Notes,
    PartialDate FiledOn,
    [property: JsonIgnore] Guid KindId,
    Guid InstitutionId,
    [property: JsonIgnore] Guid? FiledByPersonId,
    [property: JsonIgnore] string? FiledByName,
    DateOnly ReplyDueOn,
    DateOnly? ClosedOn,
    bool Archived,
    IReadOnlyList<Guid> IncidentIds,
    IReadOnlyList<Guid> SourceIds,
    [property: JsonIgnore] DateOnly? NewestSourceDay,
    DateOnly? NoReplyKnownOn,
    [property: JsonIgnore] Guid? NoReplyCheckedBy,
    Guid? ProceedingId,
    Guid? FiledByOrganisationId,
    [property: JsonIgnore] string? FiledByOrganisation,
    int? Filings,
    CountQualifier FilingsQualifier,
    GroupCount? Group,
    [property: JsonIgnore] IReadOnlyList<Guid> OtherCaseIds)
{
    /// <summary>
    /// Where the complaints of one case are (alias c, parameter @case): recorded in it, or recorded in
    /// another case and also concerning this one (complaint_cases). Written as a list of ids from two index
    /// lookups: "case_id = @case or exists (...)" made PostgreSQL read every complaint (390 ms at 300,000).
    /// </summary>
    internal const string OfCase = "c.id in (select k.id from complaints k where k.case_id = @case union all select cc.complaint_id from complaint_cases cc where cc.case_id = @case)";

    /// <summary>The SELECT and FROM for complaints (alias c); the caller adds WHERE.</summary>
    internal static readonly string Sql = $$"""
        select c.id, c.case_id, c.subject, c.notes, {{PartialDateSql.Columns("c.filed_on")}},
               c.kind_id, c.institution_id, c.filed_by_person_id, c.filed_by_name, c.reply_due_on, c.closed_on, c.archived_at is not null as archived,
               {{ComplaintStateSql.NewestSourceDay("c")}} as newest_source_day, c.no_reply_known_on, c.no_reply_checked_by, c.proceeding_id,
               c.filed_by_organisation_id, (select o.name from organisations o where o.id = c.filed_by_organisation_id) as filed_by_organisation,
               c.filings, c.filings_qualifier, {{GroupCountSql.Columns("c.group")}},
               array(select cc.case_id from complaint_cases cc where cc.complaint_id = c.id order by cc.case_id) as other_case_ids,
               array(select l.incident_id from complaint_incidents l where l.complaint_id = c.id order by l.incident_id) as incident_ids,
               array(select s.source_id from complaint_sources s where s.complaint_id = c.id order by s.source_id) as source_ids
        from complaints c
        """;

    /// <summary>The case it is recorded (and edited) in, when its reader may see that case.</summary>
    public CaseReference? RecordedIn { get; init; }

    /// <summary>The other cases it concerns that its reader may see, its own case among them when read from another.</summary>
    public IReadOnlyList<CaseReference> AlsoConcerns { get; init; } = [];

    /// <summary>True when it is read in the case it is recorded in, where it is edited and answered.</summary>
    [JsonIgnore]
    public bool IsRecordedHere { get; init; } = true;

    /// <summary>
    /// The complaint (after <see cref="Complete"/>) as case <paramref name="caseId"/> shows it to a reader who may see the cases in
    /// <paramref name="visibleCases"/> (id to reference): the other cases named only when visible. Read
    /// from a case it only also concerns, it keeps nothing of its own case the reader might not see: its
    /// incidents, sources and proceeding are that case's, and a filer is named only if they are one of
    /// this case's people (<paramref name="isPersonOfCase"/>).
    /// </summary>
    public ComplaintView SeenFrom(Guid caseId, IReadOnlyDictionary<Guid, string> visibleCases, Func<Guid, bool> isPersonOfCase)
    {
        ArgumentNullException.ThrowIfNull(visibleCases);
        ArgumentNullException.ThrowIfNull(isPersonOfCase);
        var others = OtherCaseIds.Prepend(CaseId).Where(id => id != caseId && visibleCases.ContainsKey(id)).Distinct()
            .Select(id => new CaseReference(id, visibleCases[id])).ToList();
        var recordedIn = visibleCases.TryGetValue(CaseId, out var reference) ? new CaseReference(CaseId, reference) : null;
        return CaseId == caseId
            ? this with { RecordedIn = recordedIn, AlsoConcerns = others }
            : this with
            {
                RecordedIn = recordedIn,
                AlsoConcerns = others,
                IsRecordedHere = false,
                IncidentIds = [],
                SourceIds = [],
                ProceedingId = null,
                FiledByPersonId = FiledByPersonId is { } filer && isPersonOfCase(filer) ? filer : null,
                Responses = Responses.Select(r => r with { SourceIds = [] }).ToList(),
            };
    }

    /// <summary>The kind of complaint in the reader's language.</summary>
    public string Kind { get; init; } = "";

    /// <summary>The institution's name.</summary>
    public string Institution { get; init; } = "";

    /// <summary>Where it stands on the day it was read.</summary>
    [JsonIgnore]
    public ComplaintState State { get; init; } = new(ComplaintStatus.AwaitingReply, default);

    public ComplaintStatus Status => State.Status;

    public DateOnly DueOn => State.DueOn;

    public int? DaysOfSilence => State.DaysOfSilence;

    public int? DaysOverdue => State.DaysOverdue;

    /// <summary>When the silence is not counted to today: the last day it is known no reply had come.</summary>
    public DateOnly? SilenceKnownAsOf => State.KnownAsOf;

    /// <summary>The outcome of its latest response, in the reader's language.</summary>
    public string? LatestOutcome { get; init; }

    /// <summary>Its responses that are not archived (unless the reader asked for archived records), in date order.</summary>
    public IReadOnlyList<ResponseView> Responses { get; init; } = [];

    /// <summary>The columns every CSV with complaints carries, after its own (kind, id, date, title).</summary>
    public static IReadOnlyList<CsvColumn<ComplaintView>> CsvColumns { get; } =
    [
        new("complaint_kind", c => c.Kind),
        new("institution", c => c.Institution),
        new("status", c => c.Status.ToString()),
        new("due_on", c => c.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("days_of_silence", c => c.DaysOfSilence?.ToString(CultureInfo.InvariantCulture)),
        new("silence_known_as_of", c => c.SilenceKnownAsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("days_to_first_response", c => c.Responses.FirstOrDefault()?.DaysAfterFiling?.ToString(CultureInfo.InvariantCulture)),
        new("latest_outcome", c => c.LatestOutcome),
        new("stands_for_complaints", c => c.Filings is { } filings ? GroupCount.Symbol(c.FilingsQualifier) + filings.ToString(CultureInfo.InvariantCulture) : null),
        new("group", c => c.Group?.ToString()),
    ];

    /// <summary>
    /// The complaint as its reader sees it on the day <paramref name="reading"/> gives: its responses
    /// (archived ones count for nothing), its state by the domain's rule, labels in the reader's language,
    /// and internal notes only for those who see confidential fields.
    /// </summary>
    public ComplaintView Complete(IEnumerable<ResponseView> responses, SilenceReckoning reading, IReadOnlyDictionary<Guid, string> labels, IReadOnlyDictionary<Guid, string> institutions, bool seesConfidential)
    {
        var ordered = StoryOrder.Apply(
            responses.OrderBy(r => r.Date).ThenBy(r => r.Id)
                .Select(r => r with
                {
                    Outcome = labels.GetValueOrDefault(r.OutcomeId, "?"),
                    DaysAfterFiling = FiledOn.ExactDaysUntil(r.Date),
                    From = r.FromInstitutionId is { } from ? institutions.GetValueOrDefault(from, "?") : null,
                    ForwardedTo = r.ForwardedToInstitutionId is { } to ? institutions.GetValueOrDefault(to, "?") : null,
                })
                .ToList(),
            r => r.Id,
            r => r.Date.After);
        var state = Complaint.StateOf(FiledOn, ReplyDueOn, ClosedOn, ordered.Where(r => !r.Archived).Select(r => (r.Id, r.Date, r.OutcomeId)),
            reading, reading.KnownAsOf(FiledOn.Latest, NewestSourceDay, NoReplyKnownOn));
        return this with
        {
            Notes = seesConfidential ? Notes : null,
            Kind = labels.GetValueOrDefault(KindId, "?"),
            Institution = institutions.GetValueOrDefault(InstitutionId, "?"),
            State = state,
            LatestOutcome = state.LatestOutcomeId is { } outcome ? labels.GetValueOrDefault(outcome) : null,
            Responses = ordered,
        };
    }

    /// <summary>
    /// How the timeline reads a case's complaints: an entry for each, one for each of its responses, and a
    /// silence from its due date when no reply has come.
    /// </summary>
    private static readonly Dictionary<Guid, string> NoCases = [];

    internal static TimelineSource<ComplaintView> Timeline { get; } = new()
    {
        Statement = $"{Sql} where {OfCase} and (@archived or c.archived_at is null)",
        PeopleSql = "select c.filed_by_person_id from complaints c where c.case_id = @case",
        InstitutionsSql = $"select c.institution_id from complaints c where {OfCase}",
        Read = Read,
        Entries = (rows, context) =>
        {
            var responses = rows.Of<ResponseView>().ToLookup(r => r.ComplaintId);
            // The timeline names no other case, so none is passed as visible; a complaint of another case keeps nothing of it.
            return rows.Of<ComplaintView>().SelectMany(row =>
                row.Complete(responses[row.Id], context.Reading, context.Labels, context.Institutions, context.SeesConfidential)
                    .SeenFrom(context.CaseId, NoCases, context.People.ContainsKey).TimelineEntries(context));
        },
    };

    private IEnumerable<TimelineEntry> TimelineEntries(TimelineContext context)
    {
        var filers = Filers(context.Person).ToList();
        yield return new TimelineEntry(TimelineKind.Complaint, Id, Subject, FiledOn, filers, [Institution], SourceIds, Archived)
        {
            InstitutionIds = [InstitutionId],
            RelatedIncidentIds = IncidentIds,
            State = State,
            LinkedIds = Responses.Select(r => r.Id).ToList(),
            Outcome = LatestOutcome,
        };

        foreach (var response in Responses)
        {
            yield return new TimelineEntry(TimelineKind.Response, response.Id, response.Outcome, response.Date, [], [response.From ?? Institution], response.SourceIds, response.Archived)
            {
                InstitutionIds = [response.FromInstitutionId ?? InstitutionId],
                RelatedIncidentIds = IncidentIds,
                LinkedIds = [Id],
                ComplaintTitle = Subject,
                Outcome = response.Outcome,
                DaysAfterFiling = response.DaysAfterFiling,
            };
        }

        // Only a silence known past the due date is drawn; with no news since before it, the complaint's own entry says so.
        if (State.Status == ComplaintStatus.Overdue)
        {
            var due = State.DueOn;
            yield return new TimelineEntry(TimelineKind.Silence, Id, Subject, PartialDate.Day(due.Year, due.Month, due.Day), [], [Institution], [], Archived)
            {
                InstitutionIds = [InstitutionId],
                RelatedIncidentIds = IncidentIds,
                State = State,
                LinkedIds = [Id],
                ComplaintTitle = Subject,
            };
        }
    }

    /// <summary>Who filed it, in the order the case page names them: the person, the organisation, the name typed.</summary>
    public IEnumerable<string> Filers(Func<Guid, string> personName)
    {
        ArgumentNullException.ThrowIfNull(personName);
        if (FiledByPersonId is { } person)
        {
            yield return personName(person);
        }

        if (FiledByOrganisation is not null)
        {
            yield return FiledByOrganisation;
        }

        if (FiledByName is not null)
        {
            yield return FiledByName;
        }
    }

    internal static ComplaintView Read(DbDataReader reader) => new(
        reader.Id("id"),
        reader.Id("case_id"),
        reader.Text("subject"),
        reader.OptionalText("notes"),
        reader.Date("filed_on"),
        reader.Id("kind_id"),
        reader.Id("institution_id"),
        reader.OptionalId("filed_by_person_id"),
        reader.OptionalText("filed_by_name"),
        reader.Day("reply_due_on"),
        reader.OptionalDay("closed_on"),
        reader.Flag("archived"),
        reader.Ids("incident_ids"),
        reader.Ids("source_ids"),
        reader.OptionalDay("newest_source_day"),
        reader.OptionalDay("no_reply_known_on"),
        reader.OptionalId("no_reply_checked_by"),
        reader.OptionalId("proceeding_id"),
        reader.OptionalId("filed_by_organisation_id"),
        reader.OptionalText("filed_by_organisation"),
        reader.OptionalNumber("filings"),
        Enum.Parse<CountQualifier>(reader.Text("filings_qualifier")),
        GroupCountSql.Read(reader, "group"),
        reader.Ids("other_case_ids"));

    /// <summary>
    /// The complaints <paramref name="where"/> selects (over alias c), in date order, each with its
    /// responses that are not archived; two statements in one round trip. Call <see cref="Complete"/> on each.
    /// </summary>
    internal static Task<List<(ComplaintView Complaint, List<ResponseView> Responses)>> LoadAsync(
        CaseTrackerDbContext db, string where, Action<NpgsqlParameterCollection> parameters, CancellationToken cancellationToken) =>
        ReadBatch.RunAsync(db, batch => AddTo(batch, where, parameters), cancellationToken);

    /// <summary>The complaints <paramref name="where"/> selects with their responses, read with the rest of <paramref name="batch"/>; the result is whole once it has run.</summary>
    internal static Func<List<(ComplaintView Complaint, List<ResponseView> Responses)>> AddTo(ReadBatch batch, string where, Action<NpgsqlParameterCollection> parameters)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var complaints = batch.Add($"{Sql} where {where} order by {PartialDateSql.Order("c.filed_on")}, c.id", parameters, Read);
        var responses = batch.Add($"{ResponseView.Sql} where r.archived_at is null and {where}", parameters, ResponseView.Read);
        return () =>
        {
            var byComplaint = responses.ToLookup(r => r.ComplaintId);
            return complaints.Select(c => (c, byComplaint[c.Id].ToList())).ToList();
        };
    }
}

/// <summary>A case named by a record of another: its id and reference.</summary>
public sealed record CaseReference(Guid Id, string Reference);
