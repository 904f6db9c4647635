using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Acts;
using CaseTracker.Web.Pages.Complaints;
using CaseTracker.Web.Pages.Incidents;
using CaseTracker.Web.Pages.Proceedings;
using CaseTracker.Web.Pages.Responses;
using CaseTracker.Web.Pages.Sources;
using CaseTracker.Web.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseTracker.Web.Pages.Cases;

/// <summary>
/// Reads one case file for the case page: a fixed number of queries whatever the size of the file, each
/// projected into a read model. Archived records are left out.
/// </summary>
public sealed class CaseFileQueries(CaseTrackerDbContext db)
{
    /// <summary>The whole file (the JSON and CSV downloads, the API).</summary>
    public Task<CaseFileView?> LoadAsync(Guid caseId, ClaimsPrincipal user, SilenceReckoning reading, CultureInfo culture, CancellationToken cancellationToken) =>
        LoadAsync(caseId, user, reading, culture, scope: null, cancellationToken);

    /// <summary>
    /// The case page: its incidents and complaints placed in windows (<see cref="RecordWindows"/>) on their
    /// <see cref="CaseStoryRows"/>, and only the records shown read in full (with the incidents its acts and
    /// proceedings name), so a case of thousands of records costs about what a case of a hundred does.
    /// </summary>
    public async Task<CasePage?> LoadPageAsync(Guid caseId, ClaimsPrincipal user, SilenceReckoning reading, CultureInfo culture, RecordWindowAsk ask, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ask);
        RecordWindow<StoryRow>? incidentWindow = null, complaintWindow = null;
        var file = await LoadAsync(caseId, user, reading, culture, story =>
        {
            var (incidents, complaints) = story;
            incidentWindow = RecordWindows.Of("incidents", incidents, r => r.Id, (r, x) => r.Id == x, ask.Show, ask.From, ask.At);
            complaintWindow = RecordWindows.Of("complaints", complaints, r => r.Id, (r, x) => r.Id == x || r.Inner.Contains(x), ask.Show, ask.From, ask.At);
            // A kind shown whole (most cases) is read by its case, as the downloads read it: reading it by
            // the ids of all its records cost a typical case page more than the window saved.
            return new CaseFileScope(
                incidentWindow.ShownCount == incidents.Count ? null : [.. incidentWindow.Shown.Select(r => r.Id)],
                complaintWindow.ShownCount == complaints.Count ? null : [.. complaintWindow.Shown.Select(r => r.Id)]);
        }, cancellationToken);
        return file is null ? null : new CasePage(
            file,
            incidentWindow!.Showing(InWindowOrder(incidentWindow, file.Incidents, i => i.Id)),
            complaintWindow!.Showing(InWindowOrder(complaintWindow, file.Complaints, c => c.Id)));
    }

    private static List<T> InWindowOrder<T>(RecordWindow<StoryRow> window, IReadOnlyList<T> loaded, Func<T, Guid> id)
    {
        var byId = loaded.ToDictionary(id);
        return [.. window.Shown.Select(r => byId.GetValueOrDefault(r.Id)).OfType<T>()];
    }

    /// <summary>
    /// The file, in at most four round trips after the case is known to be visible: everything that does not
    /// depend on which records are shown, then (for the page) the incidents and complaints its windows show,
    /// then the names of the institutions the records read name.
    /// <paramref name="scope"/>, given the case's story rows, names the incidents and complaints to read (null: all).
    /// </summary>
    private async Task<CaseFileView?> LoadAsync(
        Guid caseId, ClaimsPrincipal user, SilenceReckoning reading, CultureInfo culture,
        Func<(List<StoryRow> Incidents, List<StoryRow> Complaints), CaseFileScope>? scope, CancellationToken cancellationToken)
    {
        var header = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => c.Id == caseId)
            .Select(c => new { c.Id, c.Reference, c.Title, c.Summary, c.Status, c.CountryCode, c.RiskLevel, c.Sensitivity })
            .SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var seesConfidential = user.SeesConfidential();
        Action<NpgsqlParameterCollection> ofCase = p =>
        {
            p.AddWithValue("case", caseId);
            p.AddWithValue("archived", false);
        };
        await using var raw = await RawConnection.OpenAsync(db, cancellationToken);
        await using var common = new ReadBatch(raw.Connection);
        var story = scope is null ? null : CaseStoryRows.AddTo(common, caseId);
        var labelRows = common.Add("select v.id, v.label, v.label_ru from vocabulary_terms v", _ => { },
            r => (Id: r.Id("id"), Label: VocabularyTerm.LabelIn(culture, r.Text("label"), r.OptionalText("label_ru"))));
        var people = common.Add(ParticipantView.OfCase, ofCase, ParticipantView.Read);
        var acts = ActView.AddTo(common, "a.case_id = @case and a.archived_at is null", ofCase);
        var proceedings = ProceedingView.AddTo(common, "p.case_id = @case and p.archived_at is null", ofCase);
        var sources = common.Add(
            $"select {SourceView.Columns} from sources s where {SourcesOfCase.Sql("s", "@case")} and s.archived_at is null order by s.id", ofCase,
            r => SourceView.Read(r, seesConfidential));

        // The downloads read every record, with the rest; the page first places its windows on the story rows.
        var records = scope is null ? RecordsOf(common, caseId, incidentIds: null, complaintIds: null) : null;
        await common.ExecuteAsync(cancellationToken);
        var proceedingRows = proceedings(); // each call pairs the steps with their proceedings again
        if (scope is not null)
        {
            // In a scope: the incidents shown and those the acts and proceedings name (their titles are shown with them).
            var only = scope(story!());
            var incidentIds = only.IncidentIds?.Concat(acts.SelectMany(a => a.IncidentIds)).Concat(proceedingRows.SelectMany(p => p.Proceeding.IncidentIds)).Distinct().ToArray();
            await using var shown = new ReadBatch(raw.Connection);
            records = RecordsOf(shown, caseId, incidentIds, only.ComplaintIds?.ToArray());
            await shown.ExecuteAsync(cancellationToken);
        }

        var labels = labelRows.ToDictionary(l => l.Id, l => l.Label);
        var (incidentViews, victimDetails, complaints) = records!();
        var institutionIds = complaints.Select(c => c.Complaint.InstitutionId)
            .Concat(complaints.SelectMany(c => c.Responses).SelectMany(r => new[] { r.FromInstitutionId, r.ForwardedToInstitutionId }).OfType<Guid>())
            .Concat(acts.Select(a => a.InstitutionId)).Concat(incidentViews.SelectMany(i => i.PerpetratorInstitutionIds))
            .Concat(proceedingRows.SelectMany(p => p.Steps.Select(s => s.CourtId).OfType<Guid>().Append(p.Proceeding.ConductedById))).Distinct().ToArray();
        var institutions = (await ReadBatch.ListAsync(db, "select n.id, n.name from institutions n where n.id = any(@ids)", p => p.AddWithValue("ids", institutionIds),
            r => (Id: r.Id("id"), Name: r.Text("name")), cancellationToken)).ToDictionary(i => i.Id, i => i.Name);
        var incidents = StoryOrder.Apply(incidentViews.Select(i => i.WithLabels(labels)).ToList(), i => i.Id, i => i.Date.After);

        // This case is visible (its header was read); only the other cases its complaints name are looked up.
        var otherCaseIds = complaints.SelectMany(c => c.Complaint.OtherCaseIds.Append(c.Complaint.CaseId)).Where(id => id != caseId).Distinct().ToList();
        var visibleCases = otherCaseIds.Count == 0 ? [] : await db.Cases.AsNoTracking().VisibleTo(user).Where(c => otherCaseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);
        visibleCases[caseId] = header.Reference;

        return new CaseFileView(
            header.Id,
            header.Reference,
            header.Title,
            header.Summary,
            header.Status,
            header.CountryCode,
            header.RiskLevel,
            header.Sensitivity,
            people,
            PerpetratorsNamed(incidents, people, institutions, labels),
            victimDetails(seesConfidential),
            StoryOrder.Apply(
                complaints.Select(c => c.Complaint.Complete(c.Responses, reading, labels, institutions, seesConfidential)
                    .SeenFrom(caseId, visibleCases, person => people.Any(p => p.PersonId == person))).ToList(),
                c => c.Id,
                c => c.FiledOn.After),
            StoryOrder.Apply(acts.Select(a => a.WithLabels(labels, institutions)).ToList(), a => a.Id, a => a.Date.After),
            proceedingRows.Select(p => p.Proceeding.Complete(p.Steps, reading.Today, labels, institutions)).ToList(),
            sources,
            labels);
    }

    /// <summary>The case's incidents (all, or those <paramref name="incidentIds"/> names), their victims' details and its complaints, read with <paramref name="batch"/>.</summary>
    private static Func<(List<IncidentView> Incidents, Func<bool, List<VictimDetailView>> VictimDetails, List<(ComplaintView Complaint, List<ResponseView> Responses)> Complaints)> RecordsOf(
        ReadBatch batch, Guid caseId, Guid[]? incidentIds, Guid[]? complaintIds)
    {
        Action<NpgsqlParameterCollection> incidentParameters = p =>
        {
            p.AddWithValue("case", caseId);
            if (incidentIds is not null)
            {
                p.AddWithValue("ids", incidentIds);
            }
        };
        var incidentWhere = "i.case_id = @case and i.archived_at is null" + (incidentIds is null ? "" : " and i.id = any(@ids)");
        var incidents = IncidentView.AddTo(batch, incidentWhere, incidentParameters);
        var victimDetails = VictimDetailView.AddTo(batch, incidentWhere, incidentParameters);
        var complaints = ComplaintView.AddTo(batch, $"{ComplaintView.OfCase} and c.archived_at is null" + (complaintIds is null ? "" : " and c.id = any(@ids)"), p =>
        {
            p.AddWithValue("case", caseId);
            if (complaintIds is not null)
            {
                p.AddWithValue("ids", complaintIds);
            }
        });
        return () => (incidents, victimDetails, complaints());
    }

    // A perpetrator's person is one of the case's people (the form offers only those); one who is no
    // longer a participant is named by nothing rather than looked up outside the case's visibility.
    private static List<IncidentView> PerpetratorsNamed(List<IncidentView> incidents, List<ParticipantView> people, Dictionary<Guid, string> institutions, Dictionary<Guid, string> labels)
    {
        var names = people.DistinctBy(p => p.PersonId).ToDictionary(p => p.PersonId, p => p.Name);
        foreach (var (id, name) in institutions.Concat(labels))
        {
            names.TryAdd(id, name);
        }

        return incidents.Select(i => i.Perpetrators.Count == 0 ? i : i.WithPerpetratorNames(names)).ToList();
    }
}

/// <summary>Which incidents and complaints of a case to read in full; null: all of that kind.</summary>
public sealed record CaseFileScope(IReadOnlyCollection<Guid>? IncidentIds, IReadOnlyCollection<Guid>? ComplaintIds);

/// <summary>What the case page asks of its windows: the kind to page through, the id a page starts from, a record whose page is wanted.</summary>
public sealed record RecordWindowAsk(string? Show, Guid? From, Guid? At);

/// <summary>
/// The case page's reading: the file (its incidents and complaints only those shown, and the incidents its
/// acts and proceedings name) and the windows on its incidents and complaints.
/// </summary>
public sealed record CasePage(CaseFileView File, RecordWindow<IncidentView> Incidents, RecordWindow<ComplaintView> Complaints);

/// <summary>
/// The one read shape of a case file (STYLE 15): the case page shows it, and the JSON download and
/// <c>GET /api/v1/cases/{id}</c> write it as it is. Everything in it is already redacted for its reader.
/// </summary>
public sealed record CaseFileView(
    Guid Id,
    string Reference,
    string Title,
    string? Summary,
    CaseStatus Status,
    [property: JsonPropertyName("country")] string CountryCode,
    RiskLevel Risk,
    Sensitivity Sensitivity,
    IReadOnlyList<ParticipantView> People,
    IReadOnlyList<IncidentView> Incidents,
    IReadOnlyList<VictimDetailView> VictimDetails,
    IReadOnlyList<ComplaintView> Complaints,
    IReadOnlyList<ActView> Acts,
    IReadOnlyList<ProceedingView> Proceedings,
    IReadOnlyList<SourceView> Sources,
    [property: JsonIgnore] IReadOnlyDictionary<Guid, string> Labels)
{
    public string Label(Guid termId) => Labels.GetValueOrDefault(termId, "?");

    public VictimDetailView? VictimDetail(Guid incidentId, Guid personId) => VictimDetails.FirstOrDefault(v => v.IncidentId == incidentId && v.PersonId == personId);

    public int SourceNumber(Guid sourceId) => Sources.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.Id == sourceId).i + 1;
}

/// <summary>A person as a case shows them (case page, case JSON and API): who, under which names, in which part.</summary>
public sealed record ParticipantView([property: JsonPropertyName("id")] Guid PersonId, string Name, List<string> OtherNames, ParticipantRole Role, PartialDate? DiedOn)
{
    /// <summary>The people of the case <c>@case</c>, each with their part in it, as <see cref="Read"/> reads them.</summary>
    internal static readonly string OfCase = $"""
        select p.id, p.name, p.other_names, cp.role, {PartialDateSql.Columns("p.died_on")}
        from case_participants cp join persons p on p.id = cp.person_id where cp.case_id = @case
        """;

    internal static ParticipantView Read(DbDataReader reader) => new(
        reader.Id("id"), reader.Text("name"), [.. reader.GetFieldValue<string[]>(reader.GetOrdinal("other_names"))],
        Enum.Parse<ParticipantRole>(reader.Text("role")), reader.OptionalDate("died_on"));
}

/// <summary>
/// A named victim's age at the time and injuries or condition, as the case shows them. A condition marked
/// confidential reaches only readers who see confidential fields; to others it is as if never recorded.
/// </summary>
public sealed record VictimDetailView(Guid IncidentId, Guid PersonId, string? Age, string? Condition, bool ConditionConfidential)
{
    /// <summary>
    /// The details of the victims of the incidents <paramref name="incidentWhere"/> selects (alias i), from the
    /// lists each incident keeps (victim_details), read with <paramref name="batch"/>; once it has run, the
    /// result gives them as a reader who does or does not see confidential fields may see them.
    /// </summary>
    internal static Func<bool, List<VictimDetailView>> AddTo(ReadBatch batch, string incidentWhere, Action<NpgsqlParameterCollection> parameters)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var rows = batch.Add($"select i.id, i.victim_details from incidents i where {incidentWhere} and i.victim_details <> '[]'", parameters,
            r => (IncidentId: r.Id("id"), Victims: JsonSerializer.Deserialize<List<StoredVictimDetail>>(r.Text("victim_details"), JsonSerializerOptions.Web) ?? []));
        return seesConfidential => [.. rows.SelectMany(row => row.Victims.Select(v => From(row.IncidentId, v, seesConfidential))).OfType<VictimDetailView>()];
    }

    /// <summary>The detail its reader may see, or null when nothing of it is left for them.</summary>
    private static VictimDetailView? From(Guid incidentId, StoredVictimDetail victim, bool seesConfidential)
    {
        var condition = victim.ConditionConfidential && !seesConfidential ? null : victim.Condition;
        return victim.AgeAsGiven is null && condition is null
            ? null
            : new(incidentId, victim.PersonId, victim.AgeAsGiven, condition, condition is not null && victim.ConditionConfidential);
    }

    /// <summary>One victim's details as the incident keeps them (incident_links_refresh), before redaction.</summary>
    private sealed record StoredVictimDetail(Guid PersonId, string? AgeAsGiven, string? Condition, bool ConditionConfidential);
}
