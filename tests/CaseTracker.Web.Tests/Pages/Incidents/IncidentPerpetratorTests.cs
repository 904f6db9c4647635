using System.Text.Json;
using CaseTracker.Domain.Cases;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Incidents;

/// <summary>
/// A named perpetrator with their rank and institution, and a second perpetrator institution on the same
/// incident, entered through the real edit form and shown on the case page and in the API.
/// </summary>
public sealed class IncidentPerpetratorTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_named_perpetrator_with_rank_and_two_perpetrator_institutions_reach_the_case_page_and_api()
    {
        Guid caseId, incidentId, officerId;
        string police, prosecutor;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("Named perpetrator fixture");
            records.Person(caseFile, "Bakyt Testov");
            officerId = records.Person(caseFile, "Azamat Officerov", ParticipantRole.Perpetrator).Id;
            police = records.Institution("City police department", "police").Name;
            prosecutor = records.Institution("Regional prosecutor's office").Name;
            incidentId = records.Incident(caseFile, "12 April 2019", "Beaten during questioning").Id;
            await records.SaveAsync();
            caseId = caseFile.Id;
        }

        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/Incidents/Edit/{incidentId}");
        using var refused = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.PerpetratorPersonId"] = form.OptionValue("Input.PerpetratorPersonId", "Azamat Officerov"),
            ["Input.PerpetratorPosition"] = new string('M', 400),
            ["Input.PerpetratorInstitutionId"] = form.OptionValue("Input.PerpetratorInstitutionId", police),
        });
        var refusal = await HtmlPages.ReadAsync(refused);
        refusal.QuerySelector("#perpetrator-position-error")!.TextContent.ShouldStartWith("This can have at most");
        (await app.Factory.QueryAsync(db => db.Incidents.SingleAsync(i => i.Id == incidentId))).Perpetrators.ShouldBeEmpty();

        using (var saved = await caseworker.SubmitAsync(refusal, new Dictionary<string, string> { ["Input.PerpetratorPosition"] = "Major, senior investigator" }))
        {
            saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{caseId}");
        }

        var again = await caseworker.GetPageAsync($"/Incidents/Edit/{incidentId}");
        again.QuerySelector("label[for^='remove-']")!.TextContent.ShouldContain($"Azamat Officerov · Major, senior investigator · {police}");
        using (await caseworker.SubmitAsync(again, new Dictionary<string, string> { ["Input.PerpetratorInstitutionId"] = again.OptionValue("Input.PerpetratorInstitutionId", prosecutor) }))
        {
        }

        var casePage = await caseworker.GetPageAsync($"/Cases/Details/{caseId}");
        casePage.QuerySelector($"#incident-{incidentId} .perpetrators")!.TextContent
            .ShouldBe($"Perpetrators: Azamat Officerov · Major, senior investigator · {police}; {prosecutor}");

        using var caseJson = JsonDocument.Parse(await caseworker.GetStringAsync(new Uri($"/api/v1/cases/{caseId}", UriKind.Relative)));
        var perpetrators = caseJson.RootElement.GetProperty("incidents").EnumerateArray().Single().GetProperty("perpetrators").EnumerateArray().ToList();
        perpetrators.Count.ShouldBe(2);
        perpetrators[0].GetProperty("personId").GetGuid().ShouldBe(officerId);
        perpetrators[0].GetProperty("position").GetString().ShouldBe("Major, senior investigator");
        perpetrators[1].GetProperty("personId").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
