using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.Institutions;
using CaseTracker.Domain.People;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Web.Tests.TestData;

/// <summary>
/// Builds the records a test needs through the domain's own methods, saved through the app's DbContext
/// (so auditing and the database's rules apply), instead of leaning on the demo case. Names are made
/// unique per call, so tests sharing a database do not collide. Dates are written as a caseworker types them.
/// </summary>
public sealed class RecordBuilder : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly Dictionary<(Vocabulary, string), Guid> _terms;

    private RecordBuilder(AsyncServiceScope scope, CaseTrackerDbContext db, Dictionary<(Vocabulary, string), Guid> terms)
    {
        _scope = scope;
        Db = db;
        _terms = terms;
    }

    public CaseTrackerDbContext Db { get; }

    public static async Task<RecordBuilder> StartAsync(CaseTrackerFactory factory)
    {
        var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseTrackerDbContext>();
        var terms = await db.VocabularyTerms.AsNoTracking().ToDictionaryAsync(t => (t.Vocabulary, t.Code), t => t.Id);
        return new RecordBuilder(scope, db, terms);
    }

    public Guid Term(Vocabulary vocabulary, string code) => _terms[(vocabulary, code)];

    public CaseFile Case(string title = "Test case", string country = "KG", Sensitivity sensitivity = Sensitivity.Standard)
    {
        var caseFile = new CaseFile(CaseReferences.New(country, 2026), Unique(title), country, DateTimeOffset.UtcNow);
        caseFile.Classify(CaseStatus.Open, RiskLevel.Medium, sensitivity);
        Db.Cases.Add(caseFile);
        return caseFile;
    }

    public Institution Institution(string name = "Test institution", string typeCode = "prosecutor", int? replyDays = null)
    {
        var institution = new Institution(Unique(name), Term(Vocabulary.InstitutionType, typeCode), "KG");
        institution.Describe(institution.Name, institution.TypeId, "KG", null, replyDays);
        Db.Institutions.Add(institution);
        return institution;
    }

    public Incident Incident(CaseFile caseFile, string date, string title = "Test incident", string type = "arbitrary_detention", string? place = null, string? narrative = null)
    {
        var incident = new Incident(caseFile.Id, title, PartialDate.Parse(date));
        incident.Describe(title, narrative, incident.Date, place, null);
        incident.Classify([Term(Vocabulary.IncidentType, type)]);
        Db.Incidents.Add(incident);
        return incident;
    }

    public Complaint Complaint(CaseFile caseFile, Institution to, string filedOn, string subject = "Test complaint", int replyDays = 30)
    {
        var complaint = new Complaint(caseFile.Id, Term(Vocabulary.ComplaintKind, "complaint"), to.Id, PartialDate.Parse(filedOn), subject, replyDays);
        Db.Complaints.Add(complaint);
        return complaint;
    }

    public InstitutionalResponse Response(Complaint complaint, string date, string outcome = "rejected") =>
        complaint.RecordResponse(PartialDate.Parse(date), Term(Vocabulary.ResponseOutcome, outcome), null);

    public Source Source(CaseFile caseFile, string title = "Test source", SourceKind kind = SourceKind.MediaArticle)
    {
        var source = new Source(caseFile.Id, title, kind);
        Db.Sources.Add(source);
        return source;
    }

    /// <summary>A person taking part in the case, with other names in any script.</summary>
    public Person Person(CaseFile caseFile, string name, ParticipantRole role = ParticipantRole.Defender, string? occupation = null, params string[] otherNames)
    {
        var person = new Person(name);
        person.Rename(name, otherNames);
        person.Describe(Sex.Unknown, null, false, occupation, 2026);
        Db.Persons.Add(person);
        caseFile.AddParticipant(person.Id, role);
        return person;
    }

    public Task SaveAsync() => Db.SaveChangesAsync();

    public ValueTask DisposeAsync() => _scope.DisposeAsync();

    private static string Unique(string text) => $"{text} {Guid.NewGuid():N}"[..Math.Min(text.Length + 9, 200)];
}
