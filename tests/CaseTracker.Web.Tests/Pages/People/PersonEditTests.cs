using System.Text.Json;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.People;

public class PersonEditTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_person_edit_keeps_names_in_every_script_and_a_stale_save_is_refused()
    {
        Guid id;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case();
            id = records.Person(caseFile, "Kamil Ruziev", occupation: "Lawyer; director of the public foundation Ventus").Id;
            await records.SaveAsync();
        }

        using var first = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        using var second = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var firstForm = await first.GetPageAsync($"/People/Edit/{id}");
        var secondForm = await second.GetPageAsync($"/People/Edit/{id}");

        using (await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.OtherNames"] = "Kamilzhan Ruziev\nRuziyev\nРузиев Камилжан\nКамил Рузиев" }))
        {
        }

        using var refused = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.Occupation"] = "Lawyer" });

        var refusedPage = await HtmlPages.ReadAsync(refused);
        refusedPage.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Someone else saved this record");
        refusedPage.QuerySelector(".conflicts")!.TextContent.ShouldContain("Камил Рузиев", customMessage: "the other names someone else saved are shown");
        refusedPage.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Occupation")!.Value.ShouldBe("Lawyer", "the input is kept");
        var person = await app.Factory.QueryAsync(db => db.Persons.SingleAsync(p => p.Id == id));
        person.OtherNames.ShouldContain("Камил Рузиев");
        person.Occupation.ShouldBe("Lawyer; director of the public foundation Ventus");
    }

    [Fact]
    public async Task A_death_and_citizenships_are_refused_next_to_their_fields_then_shown_on_the_person_case_and_json()
    {
        Guid caseId, personId, beatingId;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("Death in custody fixture");
            personId = records.Person(caseFile, "Rustam Testov").Id;
            beatingId = records.Incident(caseFile, "1 May 2019", "Beaten in the temporary detention facility").Id;
            await records.SaveAsync();
            caseId = caseFile.Id;
        }

        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/People/Edit/{personId}");
        using var refused = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Citizenships"] = "Кыргызстан, Narnia",
            ["Input.DeathPlace"] = "Temporary detention facility, Osh",
            ["Input.DeathCircumstances"] = "In custody; officially heart failure",
        });
        var refusal = await HtmlPages.ReadAsync(refused);
        refusal.QuerySelector("#citizenships-error")!.TextContent.ShouldStartWith("\"Narnia\" is not a country we know.");
        refusal.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_DeathPlace")!.Value.ShouldBe("Temporary detention facility, Osh", "nothing typed is lost");
        (await app.Factory.QueryAsync(db => db.Persons.SingleAsync(p => p.Id == personId))).Citizenships.ShouldBeEmpty();

        using var noDate = await caseworker.SubmitAsync(refusal, new Dictionary<string, string> { ["Input.Citizenships"] = "Кыргызстан, RU" });
        var noDatePage = await HtmlPages.ReadAsync(noDate);
        noDatePage.QuerySelector("#Input_DiedOn_error")!.TextContent.ShouldStartWith("Give the date of death");
        (await app.Factory.QueryAsync(db => db.Persons.SingleAsync(p => p.Id == personId))).DiedOn.ShouldBeNull();

        using var saved = await caseworker.SubmitAsync(noDatePage, new Dictionary<string, string>
        {
            ["Input.DiedOn"] = "3 May 2019",
            ["Input.DeathIncidentId"] = noDatePage.OptionValue("Input.DeathIncidentId", "1 May 2019 · Beaten in the temporary detention facility"),
        });
        saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/People/Details/{personId}");
        var personPage = await HtmlPages.ReadAsync(saved);
        personPage.Body!.TextContent.ShouldContain("Kyrgyzstan, Russia");
        var death = personPage.QuerySelector(".person-death")!;
        death.TextContent.ShouldContain("3 May 2019, Temporary detention facility, Osh");
        death.QuerySelector($"a[href='/Cases/Details/{caseId}#incident-{beatingId}']")!.TextContent.ShouldBe("Beaten in the temporary detention facility");
        death.TextContent.ShouldContain("officially heart failure");

        var casePage = await caseworker.GetPageAsync($"/Cases/Details/{caseId}");
        casePage.QuerySelector(".person-died")!.TextContent.ShouldBe("died 3 May 2019");
        using var caseJson = JsonDocument.Parse(await caseworker.GetStringAsync(new Uri($"/api/v1/cases/{caseId}", UriKind.Relative)));
        var person = caseJson.RootElement.GetProperty("people").EnumerateArray().Single();
        person.GetProperty("diedOn").GetProperty("earliest").GetString().ShouldBe("2019-05-03");

        var stored = await app.Factory.QueryAsync(db => db.Persons.SingleAsync(p => p.Id == personId));
        stored.Citizenships.ShouldBe(["KG", "RU"]);
        stored.DeathIncidentId.ShouldBe(beatingId);
    }
}
