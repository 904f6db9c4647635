using CaseTracker.Domain.Dates;
using CaseTracker.Domain.People;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages;

/// <summary>
/// A right-to-left override (U+202E) in a name reverses everything after it on the line ("Defender"
/// shows as "rednefeD") unless the name is isolated. Every piece of user text must sit in its own
/// &lt;bdi&gt; (or an element with dir) on every page that shows it; exports keep the text as typed.
/// </summary>
public class BidiIsolationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Override = "\u202E";

    [Fact]
    public async Task Text_with_a_direction_override_is_isolated_wherever_a_page_shows_it()
    {
        var (caseId, personId) = await ArrangeAsync();
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        string[] pages =
        [
            "/", "/Cases", $"/Cases/Details/{caseId}", $"/Cases/{caseId}/Timeline", "/People", $"/People/Details/{personId}",
            "/Organisations", "/Search?q=Override", "/Search?q=Kamil", "/Institutions", "/Statistics", "/Audit", "/Vocabularies",
        ];

        var leaks = new List<string>();
        var seen = 0;
        foreach (var url in pages)
        {
            var page = await admin.GetPageAsync(url);
            foreach (var text in page.Body!.Descendants<IText>().Where(t => t.Data.Contains(Override, StringComparison.Ordinal)))
            {
                seen++;
                if (!IsIsolated(text.ParentElement!))
                {
                    leaks.Add($"{url}: <{text.ParentElement!.LocalName}> {text.Data.Trim()[..Math.Min(40, text.Data.Trim().Length)]}");
                }
            }
        }

        leaks.ShouldBeEmpty();
        seen.ShouldBeGreaterThan(15, "the override was met on the pages, so the check looked at something");

        var csv = await admin.GetStringAsync(new Uri($"/Cases/{caseId}/Timeline?handler=Csv", UriKind.Relative));
        csv.ShouldContain("Override" + Override + "incident title");
        csv.ShouldNotContain("<bdi>");
    }

    /// <summary>An element that is its own bidi island: bdi, anything with dir, and controls the browser isolates.</summary>
    private static bool IsIsolated(IElement element) =>
        element.LocalName is "bdi" or "option" or "textarea" or "title" || element.HasAttribute("dir");

    private Task<(Guid Case, Guid Person)> ArrangeAsync() => app.Factory.QueryAsync(async db =>
    {
        var file = await db.Cases.SingleAsync(c => c.Reference == "KG-2020-003");
        if (await db.Persons.AnyAsync(p => p.Name.StartsWith("Override")))
        {
            return (file.Id, await db.Persons.Where(p => p.Name.StartsWith("Override")).Select(p => p.Id).SingleAsync());
        }

        var person = new Person("Override" + Override + "person name");
        person.Rename(person.Name, ["Other" + Override + "name", "Рузиев"]);
        person.Describe(Sex.Unknown, null, false, "Occupation" + Override + "here", 2026);
        person.SetConfidential("Contact" + Override + "details", "Security" + Override + "notes");
        db.Persons.Add(person);
        file.AddParticipant(person.Id, CaseTracker.Domain.Cases.ParticipantRole.Defender);
        file.Describe(file.Reference, file.Title + " Override" + Override + "case", file.Summary + " Summary" + Override + "text", file.CountryCode);
        var organisation = new Organisation("Override" + Override + "organisation", "KG");
        db.Organisations.Add(organisation);
        person.JoinOrganisation(organisation.Id, null);

        var type = await db.VocabularyTerms.Where(t => t.Vocabulary == Vocabulary.IncidentType).Select(t => t.Id).FirstAsync();
        var incident = new CaseTracker.Domain.Incidents.Incident(file.Id, "Override" + Override + "incident title", PartialDate.Parse("3 March 2021"));
        incident.Describe(incident.Title, "Narrative" + Override + "text", incident.Date, "Place" + Override + "name", null);
        incident.RecordDateDisagreement(PartialDate.Parse("4 March 2021"), "Note" + Override + "on the date");
        incident.Classify([type]);
        incident.SetVictims([person.Id]);
        db.Incidents.Add(incident);

        var complaint = await db.Complaints.FirstAsync(c => c.CaseId == file.Id);
        complaint.Describe(complaint.KindId, complaint.InstitutionId, "Subject" + Override + "text", complaint.ReferenceNumber, "Notes" + Override + "text");
        await db.SaveChangesAsync();
        return (file.Id, person.Id);
    });
}
