using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseTracker.Web.Tests.Pages.Timeline;

/// <summary>
/// The timeline costs the same number of SQL round trips for a case of 10 entries and of 1,000. Counted
/// at the driver (Npgsql's trace source), so commands sent around EF Core, like the timeline's batch,
/// count as well.
/// </summary>
public class TimelineSqlCountTests
{
    [Fact]
    public async Task The_number_of_sql_commands_does_not_grow_with_the_size_of_the_case()
    {
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        using var counter = new SqlCommandLog(new NpgsqlConnectionStringBuilder(factory.ConnectionString).Database!);
        await factory.WaitUntilReadyAsync();
        var small = await AddCaseAsync(factory, "SQL-10", 10);
        var large = await AddCaseAsync(factory, "SQL-1000", 1000);
        using var client = await factory.SignedInAsAsync(SignedInClients.Admin);

        var counts = new List<int>();
        foreach (var url in new[] { $"/Cases/{small}/Timeline", $"/Cases/{large}/Timeline", $"/api/v1/cases/{small}/timeline", $"/api/v1/cases/{large}/timeline" })
        {
            counter.Reset();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            response.EnsureSuccessStatusCode();
            counts.Add(counter.Count);
        }

        counts[0].ShouldBeGreaterThan(2, $"the counter sees the app's commands (counted: {string.Join(", ", counts)})");
        counts[0].ShouldBe(counts[1], "page: 10 entries vs 1,000");
        counts[2].ShouldBe(counts[3], "API: 10 entries vs 1,000");
        counts[1].ShouldBeLessThan(25);
    }

    private static Task<Guid> AddCaseAsync(CaseTrackerFactory factory, string reference, int entries) =>
        factory.QueryAsync(async db =>
        {
            var terms = await db.VocabularyTerms.ToDictionaryAsync(t => (t.Vocabulary, t.Code), t => t.Id);
            var institution = await db.Institutions.FirstAsync();
            var file = new CaseFile(reference, "Size test", "AM", DateTimeOffset.UtcNow);
            db.Add(file);
            for (var i = 0; i < entries / 2; i++)
            {
                var incident = new Incident(file.Id, $"Incident {i}", PartialDate.Day(2020, 1 + (i % 12), 1 + (i % 28)));
                incident.Classify([terms[(Vocabulary.IncidentType, "raid")]]);
                var complaint = new Complaint(file.Id, terms[(Vocabulary.ComplaintKind, "complaint")], institution.Id, PartialDate.Day(2021, 1 + (i % 12), 1 + (i % 28)), $"Complaint {i}", 30);
                complaint.RelateIncidents([incident.Id]);
                if (i % 2 == 0)
                {
                    complaint.RecordResponse(PartialDate.Month(2022, 1 + (i % 12)), terms[(Vocabulary.ResponseOutcome, "rejected")], null);
                }

                db.AddRange(incident, complaint);
            }

            await db.SaveChangesAsync();
            return file.Id;
        });
}
