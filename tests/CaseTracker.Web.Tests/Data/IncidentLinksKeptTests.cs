using CaseTracker.Domain.People;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Cases;
using CaseTracker.Web.Pages.Incidents;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Web.Tests.Data;

/// <summary>
/// Each incident keeps the lists of its links in its own row (migration IncidentLinksKeptWithIncident), and
/// the case page, timeline and downloads read them there. The link tables stay the record of truth, read here
/// through EF: after links are added, changed and removed through the domain, and after a merge rewrites
/// them in raw SQL, every list the incident keeps is what its link tables say.
/// </summary>
public sealed class IncidentLinksKeptTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_lists_an_incident_keeps_follow_its_links_through_adds_changes_removals_and_a_merge()
    {
        Guid caseId, incidentId, ana, ben, police, court, report, letter;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case();
            caseId = caseFile.Id;
            ana = records.Person(caseFile, "Ana Links").Id;
            ben = records.Person(caseFile, "Ben Links").Id;
            police = records.Institution("Links police").Id;
            court = records.Institution("Links court").Id;
            report = records.Source(caseFile, "Links report").Id;
            letter = records.Source(caseFile, "Links letter").Id;
            var incident = records.Incident(caseFile, "10 June 2019");
            incidentId = incident.Id;
            incident.Classify([records.Term(Vocabulary.IncidentType, "arbitrary_detention"), records.Term(Vocabulary.IncidentType, "threat_intimidation")]);
            incident.SetVictims([ana, ben]);
            incident.DescribeVictim(ana, "34", "broken arm", conditionConfidential: true);
            incident.AddPerpetrator(police, ben, null, "in plain clothes", "major");
            incident.AddPerpetrator(court, null, null, null);
            incident.AddPerpetrator(police, null, null, "a second officer");
            incident.CiteSources([report, letter]);
            incident.CiteAt(report, "p. 4");
            records.Incident(caseFile, "2020", "Without links but its type");
            await records.SaveAsync();
        }

        var kept = await ShouldMatchLinksAsync(caseId);
        var first = kept.Single(i => i.Id == incidentId);
        first.PerpetratorInstitutionIds.ShouldBe(new[] { police, court }.Order().ToList(), "distinct");
        first.SourceLocators.ShouldBe(new Dictionary<Guid, string> { [report] = "p. 4" });

        await ChangeAsync(async (db, _) =>
        {
            var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
            incident.Classify([incident.Types[1].TermId]);
            incident.SetVictims([ben]);
            incident.DescribeVictim(ben, null, "bruises", conditionConfidential: false);
            incident.RemovePerpetrator(incident.Perpetrators.Single(p => p.PersonId == ben).Id);
            incident.CiteSources([letter]);
        });
        kept = await ShouldMatchLinksAsync(caseId);
        kept.Single(i => i.Id == incidentId).PerpetratorPersonIds.ShouldBeEmpty("the one naming a person was removed");

        // A merge rewrites the links in raw SQL, outside EF: the lists follow it too.
        await ChangeAsync(async (db, services) =>
        {
            var persons = await db.Persons.Where(p => p.Id == ana || p.Id == ben).ToListAsync();
            await services.GetRequiredService<ReferenceMerge>().MergeAsync<Person>(persons.Single(p => p.Id == ben), persons.Single(p => p.Id == ana), CancellationToken.None);
        });
        kept = await ShouldMatchLinksAsync(caseId);
        kept.Single(i => i.Id == incidentId).VictimIds.ShouldBe([ana]);
    }

    private async Task ChangeAsync(Func<CaseTrackerDbContext, IServiceProvider, Task> change)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseTrackerDbContext>();
        await change(db, scope.ServiceProvider);
        await db.SaveChangesAsync();
    }

    /// <summary>Compares every incident of the case as read by the pages with its links read through EF; returns the former.</summary>
    private async Task<List<IncidentView>> ShouldMatchLinksAsync(Guid caseId)
    {
        var links = await app.Factory.QueryAsync(db => db.Incidents.AsNoTracking().Where(i => i.CaseId == caseId).ToListAsync());
        var kept = await app.Factory.QueryAsync(db => IncidentView.LoadAsync(db, "i.case_id = @case", p => p.AddWithValue("case", caseId), CancellationToken.None));
        var details = await app.Factory.QueryAsync(db => ReadBatch.RunAsync<List<VictimDetailView>>(db, batch =>
        {
            var victims = VictimDetailView.AddTo(batch, "i.case_id = @case", p => p.AddWithValue("case", caseId));
            return () => victims(true);
        }, CancellationToken.None));

        kept.Select(i => i.Id).Order().ShouldBe(links.Select(i => i.Id).Order());
        foreach (var incident in links)
        {
            var view = kept.Single(i => i.Id == incident.Id);
            view.TypeIds.ShouldBe(incident.Types.Select(t => t.TermId).Order().ToList());
            view.SourceIds.ShouldBe(incident.Sources.Select(s => s.SourceId).Order().ToList());
            view.SourceLocators.ShouldBe(incident.Sources.Where(s => s.Locator is not null).ToDictionary(s => s.SourceId, s => s.Locator!));
            view.VictimIds.ShouldBe(incident.Victims.Select(v => v.PersonId).Order().ToList());
            var perpetrators = incident.Perpetrators.OrderBy(p => p.Id).ToList();
            view.Perpetrators.ShouldBe(perpetrators.Select(PerpetratorView.From).ToList());
            view.PerpetratorPersonIds.ShouldBe(perpetrators.Select(p => p.PersonId).OfType<Guid>().ToList());
            view.PerpetratorInstitutionIds.ShouldBe(perpetrators.Select(p => p.InstitutionId).OfType<Guid>().Distinct().Order().ToList());
            details.Where(d => d.IncidentId == incident.Id).Select(d => (d.PersonId, d.Age, d.Condition, d.ConditionConfidential)).ShouldBe(
                incident.Victims.Where(v => v.AgeAsGiven is not null || v.Condition is not null).OrderBy(v => v.PersonId)
                    .Select(v => (v.PersonId, v.AgeAsGiven, v.Condition, v.ConditionConfidential)).ToList());
        }

        return kept;
    }
}
