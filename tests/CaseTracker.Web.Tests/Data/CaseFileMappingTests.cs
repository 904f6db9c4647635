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

namespace CaseTracker.Web.Tests.Data;

/// <summary>A whole case file written and read back through EF against PostgreSQL.</summary>
public class CaseFileMappingTests
{
    private static CaseTrackerDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<CaseTrackerDbContext>().UseNpgsql(connectionString).Options);

    [Fact]
    public async Task A_case_file_round_trips_with_partial_dates_links_and_responses()
    {
        var connection = await TestDatabases.CreateMigratedAsync();
        Guid caseId, complaintId;
        await using (var db = Open(connection))
        {
            var terms = await db.VocabularyTerms.ToDictionaryAsync(t => (t.Vocabulary, t.Code));
            var person = new Person("Kamil Ruziev");
            person.Rename("Kamil Ruziev", ["Kamilzhan Ruziev", "Рузиев"]);
            var caseFile = new CaseFile("KG-2020-003", "Lawyer threatened and prosecuted", "KG", DateTimeOffset.UtcNow);
            caseFile.AddParticipant(person.Id, ParticipantRole.Defender);
            var prosecutor = new Institution("Karakol City Prosecutor's Office", terms[(Vocabulary.InstitutionType, "prosecutor")].Id, "KG");
            var source = new Source(caseFile.Id, "UN experts' communication", SourceKind.UnCommunication);
            var incident = new Incident(caseFile.Id, "Pistol pointed at his head", PartialDate.Parse("10 June 2019"));
            incident.Classify([terms[(Vocabulary.IncidentType, "death_threat")].Id]);
            incident.SetVictims([person.Id]);
            incident.AddPerpetrator(null, null, terms[(Vocabulary.PerpetratorType, "police")].Id, "Police investigator");
            incident.CiteSources([source.Id]);
            incident.RecordDateDisagreement(PartialDate.Parse("c. June 2019"), "Sources differ");
            var complaint = new Complaint(caseFile.Id, terms[(Vocabulary.ComplaintKind, "complaint")].Id, prosecutor.Id, PartialDate.Parse("12 June 2019"), "Investigate the threats", 30);
            complaint.RelateIncidents([incident.Id]);
            complaint.RecordResponse(PartialDate.Parse("July 2019"), terms[(Vocabulary.ResponseOutcome, "refused_to_investigate")].Id, "No case opened");
            db.AddRange(person, caseFile, prosecutor, source, incident, complaint);
            await db.SaveChangesAsync();
            (caseId, complaintId) = (caseFile.Id, complaint.Id);
        }

        await using (var db = Open(connection))
        {
            var caseFile = await db.Cases.SingleAsync(c => c.Id == caseId);
            caseFile.Participants.ShouldHaveSingleItem().Role.ShouldBe(ParticipantRole.Defender);
            var incident = await db.Incidents.SingleAsync(i => i.CaseId == caseId);
            incident.Date.ToString().ShouldBe("10 June 2019");
            incident.AlternativeDate!.ToString().ShouldBe("c. June 2019");
            incident.Types.Count.ShouldBe(1);
            incident.Victims.Count.ShouldBe(1);
            incident.Perpetrators.ShouldHaveSingleItem().Description.ShouldBe("Police investigator");
            incident.Sources.Count.ShouldBe(1);
            var complaint = await db.Complaints.Include(c => c.Responses).SingleAsync(c => c.Id == complaintId);
            complaint.FiledOn.ShouldBe(PartialDate.Parse("12 June 2019"));
            complaint.ReplyDueOn.ShouldBe(new DateOnly(2019, 7, 12));
            complaint.Responses.ShouldHaveSingleItem().Date.Precision.ShouldBe(DatePrecision.Month);
            complaint.StateOn(new SilenceReckoning(new DateOnly(2020, 1, 1))).Status.ShouldBe(ComplaintStatus.Answered);
            var person = await db.Persons.SingleAsync();
            person.OtherNames.ShouldBe(["Kamilzhan Ruziev", "Рузиев"]);
        }
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_refused()
    {
        var connection = await TestDatabases.CreateMigratedAsync();
        var caseFile = new CaseFile("TEST-1", "Original title", "KZ", DateTimeOffset.UtcNow);
        await using (var db = Open(connection))
        {
            db.Add(caseFile);
            await db.SaveChangesAsync();
        }

        await using var first = Open(connection);
        await using var second = Open(connection);
        var mine = await first.Cases.SingleAsync(c => c.Id == caseFile.Id);
        var theirs = await second.Cases.SingleAsync(c => c.Id == caseFile.Id);
        mine.Describe("TEST-1", "First edit", null, "KZ");
        await first.SaveChangesAsync();

        theirs.Describe("TEST-1", "Second edit", null, "KZ");
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = Open(connection);
        (await check.Cases.SingleAsync(c => c.Id == caseFile.Id)).Title.ShouldBe("First edit");
    }

    [Fact]
    public async Task Every_vocabulary_starts_with_its_default_terms()
    {
        await using var db = Open(await TestDatabases.CreateMigratedAsync());

        var counts = await db.VocabularyTerms.GroupBy(t => t.Vocabulary).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);

        counts.Keys.ShouldBe(Enum.GetValues<Vocabulary>(), ignoreOrder: true);
        (await db.VocabularyTerms.SingleAsync(t => t.Vocabulary == Vocabulary.InstitutionType && t.Code == "un_mechanism")).DefaultReplyDays.ShouldBe(60);
        (await db.VocabularyTerms.CountAsync(t => t.Vocabulary == Vocabulary.IncidentType)).ShouldBeGreaterThanOrEqualTo(14);
    }
}
