using CaseTracker.Domain.Common;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Groups;

namespace CaseTracker.Domain.Complaints;

/// <summary>
/// A request to an institution to act: a complaint, appeal, lawsuit, petition or UN communication. Its
/// reply is due a number of days (the institution's window) after filing, unless a due date is set by
/// hand; its status follows from the responses recorded and the day it is read.
/// </summary>
public class Complaint : ArchivableEntity, IDatedEntry
{
    private readonly List<InstitutionalResponse> _responses = [];
    private readonly List<ComplaintIncidentLink> _incidents = [];
    private readonly List<ComplaintSourceLink> _sources = [];
    private readonly List<ComplaintCaseLink> _otherCases = [];

    private Complaint()
    {
        Subject = "";
        FiledOn = null!;
    }

    public Complaint(Guid caseId, Guid kindId, Guid institutionId, PartialDate filedOn, string subject, int replyWindowDays)
    {
        CaseId = caseId;
        Subject = "";
        FiledOn = filedOn;
        Describe(kindId, institutionId, subject, null, null);
        Schedule(filedOn, replyWindowDays, null);
    }

    public Guid CaseId { get; private set; }

    public Guid KindId { get; private set; }

    public Guid InstitutionId { get; private set; }

    public PartialDate FiledOn { get; private set; }

    public string Subject { get; private set; }

    public string? ReferenceNumber { get; private set; }

    /// <summary>The proceeding of the case the complaint asks about (an appeal against a closure), if any.</summary>
    public Guid? ProceedingId { get; private set; }

    public string? Notes { get; private set; }

    public Guid? FiledByPersonId { get; private set; }

    public Guid? FiledByOrganisationId { get; private set; }

    /// <summary>A filer that is neither a person nor an organisation in the file, such as "UN experts".</summary>
    public string? FiledByName { get; private set; }

    /// <summary>
    /// How many complaints this one record stands for when the source counts them ("64 complaints of
    /// ill-treatment"), null when it is one; <see cref="FilingsQualifier"/> says how sure that number is.
    /// </summary>
    public int? Filings { get; private set; }

    public CountQualifier FilingsQualifier { get; private set; }

    /// <summary>A group the complaint concerns or was filed for, as the source counts it ("12 cellmates"); null when none.</summary>
    public GroupCount? Group { get; private set; }

    public int ReplyWindowDays { get; private set; }

    public DateOnly? ReplyDueOverride { get; private set; }

    public DateOnly ReplyDueOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The last day a caseworker checked and no reply had come ("Still no reply").</summary>
    public DateOnly? NoReplyKnownOn { get; private set; }

    public Guid? NoReplyCheckedBy { get; private set; }

    public DateTimeOffset? NoReplyCheckedAt { get; private set; }

    public string? ClosedReason { get; private set; }

    public IReadOnlyList<InstitutionalResponse> Responses => _responses;

    public IReadOnlyList<ComplaintIncidentLink> Incidents => _incidents;

    public IReadOnlyList<ComplaintSourceLink> Sources => _sources;

    /// <summary>
    /// The other cases this complaint also concerns (one letter about five detainees): it is recorded,
    /// edited and answered in its own case (<see cref="CaseId"/>) and shown in each of these to those who may see them.
    /// </summary>
    public IReadOnlyList<ComplaintCaseLink> OtherCases => _otherCases;

    public void Describe(Guid kindId, Guid institutionId, string subject, string? referenceNumber, string? notes)
    {
        KindId = kindId;
        InstitutionId = institutionId;
        Subject = Text.Required(subject, TextLimits.Title, "Say what the complaint asks for.", nameof(Subject));
        ReferenceNumber = Text.Optional(referenceNumber, TextLimits.Name, nameof(ReferenceNumber));
        Notes = Text.Optional(notes, TextLimits.LongText, nameof(Notes));
    }

    public void FiledBy(Guid? personId, Guid? organisationId, string? name)
    {
        FiledByPersonId = personId;
        FiledByOrganisationId = organisationId;
        FiledByName = Text.Optional(name, TextLimits.Name, nameof(FiledByName));
    }

    /// <summary>Sets the filing date and when a reply is due: window days after the latest possible filing day, or the date given.</summary>
    public void Schedule(PartialDate filedOn, int replyWindowDays, DateOnly? dueOverride)
    {
        FiledOn = filedOn ?? throw new DomainException("Enter the date it was filed.", nameof(FiledOn));
        if (filedOn.OpenEnd)
        {
            throw new DomainException("This date needs a last possible day. Write a range like 2013-2015, or before 5 May 2021.", nameof(FiledOn));
        }

        if (replyWindowDays is < 1 or > 3650)
        {
            throw new DomainException("A reply window is between 1 and 3650 days.", nameof(ReplyWindowDays));
        }

        if (dueOverride is { } due && due < filedOn.Earliest)
        {
            throw new DomainException("A reply cannot be due before the complaint was filed.", nameof(ReplyDueOverride));
        }

        ReplyWindowDays = replyWindowDays;
        ReplyDueOverride = dueOverride;
        ReplyDueOn = dueOverride ?? filedOn.Latest.AddDays(replyWindowDays);
    }

    public PartialDate StoryDate => FiledOn;

    /// <summary>Says how many complaints the record stands for: 2 or more, or null for one.</summary>
    public void StandsFor(int? filings, CountQualifier qualifier)
    {
        if (filings is < 2 or > GroupCount.Largest)
        {
            throw new DomainException("Give how many complaints as a number from 2 to 10,000,000, or leave it empty for one.", nameof(Filings));
        }

        Filings = filings;
        FilingsQualifier = filings is null ? CountQualifier.Exactly : qualifier;
    }

    /// <summary>
    /// How many complaints a record counts for in statistics: its number, or one. The one rule;
    /// statistics repeat it in SQL (ComplaintStateSql.Filings) and a test proves the two agree.
    /// </summary>
    public static int CountedFilings(int? filings) => filings ?? 1;

    public void ConcernsGroup(GroupCount? group) => Group = group;

    public void AsksAbout(Guid? proceedingId) => ProceedingId = proceedingId;

    /// <summary>A filing counted from another entry moves with it, and its reply's due day with it.</summary>
    public void RecountFrom(PartialDate anchor) => Schedule(FiledOn.RecountFrom(anchor), ReplyWindowDays, ReplyDueOverride);

    public InstitutionalResponse RecordResponse(PartialDate date, Guid outcomeId, string? summary)
    {
        if (date.Latest < FiledOn.Earliest)
        {
            throw new DomainException("A response cannot come before the complaint was filed.", nameof(InstitutionalResponse.Date));
        }

        var response = new InstitutionalResponse(Id, date, outcomeId, summary);
        _responses.Add(response);
        return response;
    }

    /// <summary>A caseworker checked on <paramref name="today"/>: still no reply. Moves the silence's "as of" day forward.</summary>
    public void CheckedStillNoReply(DateOnly today, Guid userId, DateTimeOffset at)
    {
        if (ClosedOn is not null)
        {
            throw new DomainException("This complaint is closed. Reopen it before recording that no reply came.", nameof(NoReplyKnownOn));
        }

        if (_responses.Any(r => !r.IsArchived))
        {
            throw new DomainException("A reply is recorded for this complaint. Archive it first if it was entered by mistake.", nameof(NoReplyKnownOn));
        }

        if (today < FiledOn.Latest)
        {
            throw new DomainException("The complaint may not have been filed yet on this day.", nameof(NoReplyKnownOn));
        }

        NoReplyKnownOn = today;
        NoReplyCheckedBy = userId;
        NoReplyCheckedAt = at;
    }

    public void Close(DateOnly on, string reason)
    {
        ClosedReason = Text.Required(reason, TextLimits.Reason, "Say why the complaint is closed.", nameof(ClosedReason));
        ClosedOn = on;
    }

    public void Reopen()
    {
        ClosedOn = null;
        ClosedReason = null;
    }

    public void RelateIncidents(IEnumerable<Guid> incidentIds)
    {
        var ids = incidentIds.Distinct().ToList();
        _incidents.RemoveAll(i => !ids.Contains(i.IncidentId));
        _incidents.AddRange(ids.Where(id => _incidents.All(i => i.IncidentId != id)).Select(id => new ComplaintIncidentLink(Id, id)));
    }

    /// <summary>Sets the other cases the complaint concerns; its own case is not one of them.</summary>
    public void AlsoConcerns(IEnumerable<Guid> caseIds)
    {
        var ids = caseIds.Where(id => id != CaseId).Distinct().ToList();
        _otherCases.RemoveAll(c => !ids.Contains(c.CaseId));
        _otherCases.AddRange(ids.Where(id => _otherCases.All(c => c.CaseId != id)).Select(id => new ComplaintCaseLink(Id, id)));
    }

    public void CiteSources(IEnumerable<Guid> sourceIds)
    {
        var ids = sourceIds.Distinct().ToList();
        _sources.RemoveAll(s => !ids.Contains(s.SourceId));
        _sources.AddRange(ids.Where(id => _sources.All(s => s.SourceId != id)).Select(id => new ComplaintSourceLink(Id, id)));
    }

    /// <summary>The status when read as <paramref name="reading"/> says, from the responses that are not archived.</summary>
    public ComplaintState StateOn(SilenceReckoning reading, DateOnly? newestSourceDay = null) =>
        StateOf(
            FiledOn,
            ReplyDueOn,
            ClosedOn,
            _responses.Where(r => !r.IsArchived).Select(r => (r.Id, r.Date, r.OutcomeId)),
            reading,
            reading.KnownAsOf(FiledOn.Latest, newestSourceDay, NoReplyKnownOn));

    /// <summary>
    /// The same rule for read models that hold a complaint's dates and its (non-archived) responses
    /// without the entity: closed wins; then answered, by any response; then, counted to the day
    /// <paramref name="reading"/> allows from <paramref name="knownAsOf"/>: awaiting until the due date,
    /// overdue when the silence is known past it, and no news when the due date came after the last
    /// known silence. The latest response (in date order, then id) gives the latest outcome, closed or
    /// not. Statistics count in SQL by this rule (ComplaintStateSql); a test shows the two agree.
    /// </summary>
    public static ComplaintState StateOf(
        PartialDate filedOn,
        DateOnly replyDueOn,
        DateOnly? closedOn,
        IEnumerable<(Guid Id, PartialDate Date, Guid OutcomeId)> responses,
        SilenceReckoning reading,
        DateOnly knownAsOf)
    {
        ArgumentNullException.ThrowIfNull(filedOn);
        var latest = responses.OrderBy(r => r.Date).ThenBy(r => r.Id).Select(r => ((Guid Id, PartialDate Date, Guid OutcomeId)?)r).LastOrDefault();
        if (closedOn is not null)
        {
            return new ComplaintState(ComplaintStatus.Closed, replyDueOn, LatestOutcomeId: latest?.OutcomeId, LatestResponseId: latest?.Id);
        }

        if (latest is { } answered)
        {
            return new ComplaintState(ComplaintStatus.Answered, replyDueOn, LatestOutcomeId: answered.OutcomeId, LatestResponseId: answered.Id);
        }

        var today = reading.Today;
        var countedTo = reading.CountedTo(knownAsOf);
        var stoppedAt = countedTo == today ? (DateOnly?)null : countedTo;
        var silence = Math.Max(0, countedTo.DayNumber - filedOn.Latest.DayNumber);
        if (today <= replyDueOn)
        {
            return new ComplaintState(ComplaintStatus.AwaitingReply, replyDueOn, DaysLeft: replyDueOn.DayNumber - today.DayNumber, DaysOfSilence: silence, KnownAsOf: stoppedAt);
        }

        return countedTo > replyDueOn
            ? new ComplaintState(ComplaintStatus.Overdue, replyDueOn, DaysOfSilence: silence, DaysOverdue: countedTo.DayNumber - replyDueOn.DayNumber, KnownAsOf: stoppedAt)
            : new ComplaintState(ComplaintStatus.NoNewsSinceDue, replyDueOn, DaysOfSilence: silence, KnownAsOf: stoppedAt);
    }
}

public record ComplaintIncidentLink(Guid ComplaintId, Guid IncidentId);

public record ComplaintSourceLink(Guid ComplaintId, Guid SourceId);

public record ComplaintCaseLink(Guid ComplaintId, Guid CaseId);
