using CaseTracker.Domain.Acts;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.Institutions;
using CaseTracker.Domain.People;
using CaseTracker.Domain.Proceedings;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Data.Seeding;

/// <summary>Small helpers that keep the demo case files readable: terms by code, institutions by name.</summary>
internal sealed class DemoCaseBuilder(CaseTrackerDbContext db, IReadOnlyDictionary<(Vocabulary, string), VocabularyTerm> terms)
{
    private readonly Dictionary<string, Institution> _institutions = [];

    public static async Task<DemoCaseBuilder> CreateAsync(CaseTrackerDbContext db, CancellationToken cancellationToken)
    {
        var terms = await db.VocabularyTerms.ToDictionaryAsync(t => (t.Vocabulary, t.Code), cancellationToken);
        return new DemoCaseBuilder(db, terms);
    }

    public Guid Term(Vocabulary vocabulary, string code) => terms[(vocabulary, code)].Id;

    public Institution Institution(string name, string typeCode, string? country = "KG", int? replyDays = null)
    {
        if (!_institutions.TryGetValue(name, out var institution))
        {
            institution = new Institution(name, Term(Vocabulary.InstitutionType, typeCode), country);
            institution.Describe(name, institution.TypeId, country, null, replyDays);
            _institutions[name] = institution;
            db.Institutions.Add(institution);
        }

        return institution;
    }

    public int ReplyWindow(Institution institution) =>
        institution.EffectiveReplyWindow(terms.Values.Single(t => t.Id == institution.TypeId).DefaultReplyDays);

    /// <summary>An incident; with <paramref name="after"/>, its date counts from that entry ("a week later") or comes after it.</summary>
    public Incident Incident(CaseFile caseFile, string date, string title, string narrative, string? place, string[] types, Person[] victims, Source[] sources, IDatedEntry? after = null)
    {
        var incident = new Incident(caseFile.Id, title, after is null ? PartialDate.Parse(date) : PartialDate.ParseAfter(date, after));
        incident.Describe(title, narrative, incident.Date, place, VerificationStatus.Alleged);
        incident.Classify(types.Select(t => Term(Vocabulary.IncidentType, t)));
        incident.SetVictims(victims.Select(v => v.Id));
        incident.CiteSources(sources.Select(s => s.Id));
        db.Incidents.Add(incident);
        return incident;
    }

    public Complaint Complaint(CaseFile caseFile, string kind, Institution to, string filedOn, string subject, Person? filedBy, Source[] sources, params Incident[] about)
    {
        var complaint = new Complaint(caseFile.Id, Term(Vocabulary.ComplaintKind, kind), to.Id, PartialDate.Parse(filedOn), subject, ReplyWindow(to));
        complaint.FiledBy(filedBy?.Id, null, null);
        complaint.CiteSources(sources.Select(s => s.Id));
        complaint.RelateIncidents(about.Select(i => i.Id));
        db.Complaints.Add(complaint);
        return complaint;
    }

    public InstitutionalResponse Response(Complaint complaint, string date, string outcome, string summary, params Source[] sources)
    {
        var response = complaint.RecordResponse(PartialDate.Parse(date), Term(Vocabulary.ResponseOutcome, outcome), summary);
        response.CiteSources(sources.Select(s => s.Id));
        return response;
    }

    /// <summary>What an institution did on its own, about some incidents and people of the case.</summary>
    public InstitutionalAct Act(CaseFile caseFile, Institution by, string kind, string date, string summary, Person[] concerning, Source[] sources, params Incident[] about)
    {
        var act = new InstitutionalAct(caseFile.Id, by.Id, Term(Vocabulary.ActKind, kind), PartialDate.Parse(date));
        act.Describe(by.Id, act.KindId, act.Date, summary);
        act.Concerns(about.Select(i => i.Id), concerning.Select(p => p.Id));
        act.CiteSources(sources.Select(s => s.Id));
        db.Acts.Add(act);
        return act;
    }

    /// <summary>An investigation or a court case into some incidents of the case, without steps yet (<see cref="Step"/>).</summary>
    public Proceeding Proceeding(CaseFile caseFile, ProceedingKind kind, Institution conductedBy, string title, string? against, Source[] sources, params Incident[] into)
    {
        var proceeding = new Proceeding(caseFile.Id, kind, conductedBy.Id, title);
        proceeding.Describe(kind, conductedBy.Id, title, null, against);
        proceeding.Into(into.Select(i => i.Id));
        proceeding.CiteSources(sources.Select(s => s.Id));
        db.Proceedings.Add(proceeding);
        return proceeding;
    }

    /// <summary>A dated step of a proceeding; a ruling may name its court, instance and outcome.</summary>
    public ProceedingStep Step(Proceeding proceeding, string kind, string date, int? times = null, Institution? court = null, string? instance = null, string? outcome = null)
    {
        var step = new ProceedingStep(proceeding.Id, Term(Vocabulary.ProceedingStepKind, kind), PartialDate.Parse(date));
        step.Describe(step.KindId, step.Date, times, court?.Id, instance, outcome, null);
        db.ProceedingSteps.Add(step);
        return step;
    }

    public static Person Person(string name, Sex sex, int? birthYear, bool approximate, string occupation, int currentYear, params string[] otherNames)
    {
        var person = new Person(name);
        person.Rename(name, otherNames);
        person.Describe(sex, birthYear, approximate, occupation, currentYear);
        return person;
    }
}
