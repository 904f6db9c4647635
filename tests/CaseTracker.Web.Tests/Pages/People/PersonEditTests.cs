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
}
