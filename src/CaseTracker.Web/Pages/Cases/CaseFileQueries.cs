using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Serialization;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Acts;
using CaseTracker.Web.Pages.Complaints;
using CaseTracker.Web.Pages.Incidents;
using CaseTracker.Web.Pages.Proceedings;
using CaseTracker.Web.Pages.Sources;
using CaseTracker.Web.Security;
using Microsoft.EntityFrameworkCore;

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
        var file = await LoadAsync(caseId, user, reading, culture, async token =>
        {
            var (incidents, complaints) = await CaseStoryRows.LoadAsync(db, caseId, token);
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

    /// <summary>The file; <paramref name="scope"/>, called once the case is known to be visible, names the incidents and complaints to read (null: all).</summary>
    private async Task<CaseFileView?> LoadAsync(
        Guid caseId, ClaimsPrincipal user, SilenceReckoning reading, CultureInfo culture, Func<CancellationToken, Task<CaseFileScope>>? scope, CancellationToken cancellationToken)
    {
        var header = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => c.Id == caseId)
            .Select(c => new { c.Id, c.Reference, c.Title, c.Summary, c.Status, c.CountryCode, c.RiskLevel, c.Sensitivity })
            .SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var only = scope is null ? null : await scope(cancellationToken);
        var labels = await db.VocabularyTerms.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.LabelFor(culture), cancellationToken);
        var people = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).SelectMany(c => c.Participants)
            .Join(db.Persons, p => p.PersonId, person => person.Id, (p, person) => new ParticipantView(person.Id, person.Name, person.OtherNames, p.Role, person.DiedOn))
            .ToListAsync(cancellationToken);
        var acts = await ActView.LoadAsync(db, "a.case_id = @case and a.archived_at is null", p => p.AddWithValue("case", caseId), cancellationToken);
        var proceedings = await ProceedingView.LoadAsync(db, "p.case_id = @case and p.archived_at is null", p => p.AddWithValue("case", caseId), cancellationToken);

        // In a scope: the incidents shown and those the acts and proceedings name (their titles are shown with them).
        var incidentIds = only?.IncidentIds?.Concat(acts.SelectMany(a => a.IncidentIds)).Concat(proceedings.SelectMany(p => p.Proceeding.IncidentIds)).Distinct().ToArray();
        var incidents = StoryOrder.Apply(
            (await IncidentView.LoadAsync(db, "i.case_id = @case and i.archived_at is null" + (incidentIds is null ? "" : " and i.id = any(@ids)"), p =>
            {
                p.AddWithValue("case", caseId);
                if (incidentIds is not null)
                {
                    p.AddWithValue("ids", incidentIds);
                }
            }, cancellationToken)).Select(i => i.WithLabels(labels)).ToList(),
            i => i.Id,
            i => i.Date.After);

        var complaints = await ComplaintView.LoadAsync(db, $"{ComplaintView.OfCase} and c.archived_at is null" + (only?.ComplaintIds is null ? "" : " and c.id = any(@ids)"), p =>
        {
            p.AddWithValue("case", caseId);
            if (only?.ComplaintIds is { } complaintIds)
            {
                p.AddWithValue("ids", complaintIds.ToArray());
            }
        }, cancellationToken);
        // This case is visible (its header was read); only the other cases its complaints name are looked up.
        var otherCaseIds = complaints.SelectMany(c => c.Complaint.OtherCaseIds.Append(c.Complaint.CaseId)).Where(id => id != caseId).Distinct().ToList();
        var visibleCases = otherCaseIds.Count == 0 ? [] : await db.Cases.AsNoTracking().VisibleTo(user).Where(c => otherCaseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);
        visibleCases[caseId] = header.Reference;
        var institutionIds = complaints.Select(c => c.Complaint.InstitutionId)
            .Concat(complaints.SelectMany(c => c.Responses).SelectMany(r => new[] { r.FromInstitutionId, r.ForwardedToInstitutionId }).OfType<Guid>()).Concat(acts.Select(a => a.InstitutionId)).Concat(incidents.SelectMany(i => i.PerpetratorInstitutionIds))
            .Concat(proceedings.SelectMany(p => p.Steps.Select(s => s.CourtId).OfType<Guid>().Append(p.Proceeding.ConductedById))).Distinct().ToList();
        var institutions = await db.Institutions.AsNoTracking().Where(i => institutionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);

        var seesConfidential = user.SeesConfidential();
        var victimsOf = db.Incidents.AsNoTracking().Where(i => i.CaseId == caseId && i.ArchivedAt == null);
        if (incidentIds is not null)
        {
            var loadedIncidentIds = incidents.Select(i => i.Id).ToList();
            victimsOf = victimsOf.Where(i => loadedIncidentIds.Contains(i.Id));
        }

        var victimDetails = (await victimsOf.SelectMany(i => i.Victims)
                .Where(v => v.AgeAsGiven != null || v.Condition != null).ToListAsync(cancellationToken))
            .Select(v => VictimDetailView.From(v, seesConfidential)).OfType<VictimDetailView>().ToList();
        var sources = await db.Sources.AsNoTracking().OfCase(caseId).Where(s => s.ArchivedAt == null).OrderBy(s => s.Id).ToListAsync(cancellationToken);

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
            victimDetails,
            StoryOrder.Apply(
                complaints.Select(c => c.Complaint.Complete(c.Responses, reading, labels, institutions, seesConfidential)
                    .SeenFrom(caseId, visibleCases, person => people.Any(p => p.PersonId == person))).ToList(),
                c => c.Id,
                c => c.FiledOn.After),
            StoryOrder.Apply(acts.Select(a => a.WithLabels(labels, institutions)).ToList(), a => a.Id, a => a.Date.After),
            proceedings.Select(p => p.Proceeding.Complete(p.Steps, reading.Today, labels, institutions)).ToList(),
            sources.Select(s => SourceView.From(s, seesConfidential)).ToList(),
            labels);
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
public sealed record ParticipantView([property: JsonPropertyName("id")] Guid PersonId, string Name, List<string> OtherNames, ParticipantRole Role, PartialDate? DiedOn);

/// <summary>
/// A named victim's age at the time and injuries or condition, as the case shows them. A condition marked
/// confidential reaches only readers who see confidential fields; to others it is as if never recorded.
/// </summary>
public sealed record VictimDetailView(Guid IncidentId, Guid PersonId, string? Age, string? Condition, bool ConditionConfidential)
{
    /// <summary>The detail its reader may see, or null when nothing of it is left for them.</summary>
    public static VictimDetailView? From(Domain.Incidents.IncidentVictim victim, bool seesConfidential)
    {
        ArgumentNullException.ThrowIfNull(victim);
        var condition = victim.ConditionConfidential && !seesConfidential ? null : victim.Condition;
        return victim.AgeAsGiven is null && condition is null
            ? null
            : new(victim.IncidentId, victim.PersonId, victim.AgeAsGiven, condition, condition is not null && victim.ConditionConfidential);
    }
}
