using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Incidents;

/// <summary>
/// A named victim's age at the time and injuries, entered through the incident form: too long an age is
/// refused next to it with nothing saved; a condition marked confidential is shown to caseworkers and
/// is nowhere in what a researcher gets (case page, case JSON).
/// </summary>
public sealed class IncidentVictimDetailTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Age_at_the_time_and_a_confidential_injury_reach_caseworkers_and_never_researchers()
    {
        Guid caseId, incidentId, victimId;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("Victim details fixture");
            records.Person(caseFile, "Anvar Witnessov");
            victimId = records.Person(caseFile, "Dilshod Testov").Id;
            incidentId = records.Incident(caseFile, "2 May 2019", "Beaten in the police car").Id;
            await records.SaveAsync();
            caseId = caseFile.Id;
        }

        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/Incidents/Edit/{incidentId}");
        var row = form.QuerySelectorAll(".victim-details fieldset").Single(f => f.QuerySelector("legend")!.TextContent.Trim() == "Dilshod Testov");
        var prefix = row.QuerySelector("input[type=hidden]")!.GetAttribute("name")![..^".PersonId".Length];
        var ageId = row.QuerySelector("input[name$='.Age']")!.Id;
        using var refused = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.VictimIds"] = victimId.ToString(),
            [$"{prefix}.Age"] = new string('7', 41),
            [$"{prefix}.Condition"] = "Broken ribs, concussion",
            [$"{prefix}.ConditionConfidential"] = "true",
        });
        var refusal = await HtmlPages.ReadAsync(refused);
        refusal.QuerySelector($"#{ageId}-error")!.TextContent.ShouldBe("This can have at most 40 characters.");
        refusal.QuerySelector(".victim-details")!.HasAttribute("open").ShouldBeTrue("the refused row is shown open");
        (await app.Factory.QueryAsync(db => db.Incidents.SingleAsync(i => i.Id == incidentId))).Victims.ShouldBeEmpty("nothing is saved");

        using (var saved = await caseworker.SubmitAsync(refusal, new Dictionary<string, string> { [$"{prefix}.Age"] = "17" }))
        {
            var casePage = await HtmlPages.ReadAsync(saved);
            casePage.QuerySelector($"#incident-{incidentId} .victims")!.TextContent.ShouldBe("Victims: Dilshod Testov (17; Broken ribs, concussion Confidential)");
        }

        var victim = (await app.Factory.QueryAsync(db => db.Incidents.SingleAsync(i => i.Id == incidentId))).Victims.ShouldHaveSingleItem();
        victim.AgeAsGiven.ShouldBe("17");
        victim.ConditionConfidential.ShouldBeTrue();

        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);
        var researcherPage = await researcher.GetPageAsync($"/Cases/Details/{caseId}");
        researcherPage.QuerySelector($"#incident-{incidentId} .victims")!.TextContent.ShouldBe("Victims: Dilshod Testov (17)");
        researcherPage.Body!.InnerHtml.ShouldNotContain("Broken ribs");
        (await researcher.GetStringAsync(new Uri($"/api/v1/cases/{caseId}", UriKind.Relative))).ShouldNotContain("Broken ribs");
        (await caseworker.GetStringAsync(new Uri($"/api/v1/cases/{caseId}", UriKind.Relative))).ShouldContain("Broken ribs");
    }
}
