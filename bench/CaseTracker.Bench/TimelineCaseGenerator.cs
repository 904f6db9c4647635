using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.People;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Bench;

/// <summary>
/// A large, realistic-looking case: incidents over ten years with mixed date precision, complaints about
/// them, about half answered; the overdue ones add silence marks. Deterministic (fixed seed).
/// </summary>
internal static class TimelineCaseGenerator
{
    public static async Task<Guid> CreateAsync(IServiceProvider services, int entries, string reference = "BENCH-2000")
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseTrackerDbContext>();
        var random = new Random(20261122 + reference.Sum(c => c) + entries); // deterministic: the same cases on every run
        var terms = await db.VocabularyTerms.ToListAsync();
        Guid Term(Vocabulary vocabulary) => terms.Where(t => t.Vocabulary == vocabulary).ElementAt(random.Next(terms.Count(t => t.Vocabulary == vocabulary))).Id;
        var institutions = await db.Institutions.Select(i => i.Id).ToListAsync();
        if (institutions.Count == 0)
        {
            throw new InvalidOperationException("Expected the demo institutions (Development seeding).");
        }

        var defender = new Person("Benchmark Defender (fictional)");
        var file = new CaseFile(reference, "A long case for the timeline benchmark", "KG", DateTimeOffset.UtcNow);
        file.AddParticipant(defender.Id, ParticipantRole.Defender);
        var source = new Source(file.Id, "Benchmark source", SourceKind.Document);
        db.AddRange(defender, file, source);

        var incidents = entries / 2;
        var complaints = entries * 3 / 10;
        var created = new List<Incident>(incidents);
        for (var i = 0; i < incidents; i++)
        {
            var incident = new Incident(file.Id, $"Incident {i}: officers visited the office and questioned staff", RandomDate(random));
            incident.Describe(incident.Title, "A short narrative of what happened, as a caseworker would log it.", incident.Date, "Karakol", VerificationStatus.Alleged);
            incident.Classify([Term(Vocabulary.IncidentType)]);
            incident.SetVictims([defender.Id]);
            incident.CiteSources([source.Id]);
            incident.AddPerpetrator(institutions[random.Next(institutions.Count)], null, Term(Vocabulary.PerpetratorType), null);
            created.Add(incident);
        }

        db.Incidents.AddRange(created);
        var responses = 0;
        for (var i = 0; i < complaints; i++)
        {
            var about = created[random.Next(created.Count)];
            var filed = PartialDate.Day(about.Date.Latest.Year + 1 > 2025 ? 2025 : about.Date.Latest.Year + 1, 1 + random.Next(12), 1 + random.Next(28));
            var complaint = new Complaint(file.Id, Term(Vocabulary.ComplaintKind), institutions[random.Next(institutions.Count)], filed, $"Complaint {i}: investigate and stop the harassment", 30);
            complaint.RelateIncidents([about.Id]);
            complaint.CiteSources([source.Id]);
            if (responses < entries - incidents - complaints && random.Next(10) < 7)
            {
                complaint.RecordResponse(PartialDate.Day(filed.Latest.Year + 1, 1 + random.Next(12), 1 + random.Next(28)), Term(Vocabulary.ResponseOutcome), "Refused without reasons.");
                responses++;
            }

            db.Complaints.Add(complaint);
        }

        await db.SaveChangesAsync();

        // What autovacuum does soon after a bulk load on a real server: without statistics the planner
        // picks bitmap scans for every link lookup and the first minutes measure that instead.
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        return file.Id;
    }

    private static PartialDate RandomDate(Random random)
    {
        var year = 2015 + random.Next(10);
        return random.Next(10) switch
        {
            0 => PartialDate.Year(year, approximate: random.Next(2) == 0),
            1 or 2 => PartialDate.Month(year, 1 + random.Next(12)),
            _ => PartialDate.Day(year, 1 + random.Next(12), 1 + random.Next(28)),
        };
    }
}
