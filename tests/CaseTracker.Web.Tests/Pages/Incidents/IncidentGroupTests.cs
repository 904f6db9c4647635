using System.Text.Json;
using CaseTracker.Domain.Groups;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Incidents;

/// <summary>
/// A group of victims as a report counts it ("at least 30 students", one of them named), entered through
/// the real incident form: a number in words or a group without who it is refused next to its field with
/// nothing typed lost; then shown on the case page, the timeline and the API.
/// </summary>
public sealed class IncidentGroupTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_group_of_at_least_thirty_is_refused_next_to_each_part_then_shown_with_its_named_member()
    {
        Guid caseId, incidentId, studentId;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("Group victims fixture");
            studentId = records.Person(caseFile, "Aibek Studentov").Id;
            records.Person(caseFile, "Other Testov");
            incidentId = records.Incident(caseFile, "14 March 2021", "Students detained at the rally").Id;
            await records.SaveAsync();
            caseId = caseFile.Id;
        }

        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/Incidents/Edit/{incidentId}");
        using var wordy = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.VictimIds"] = studentId.ToString(),
            ["Input.Group.Count"] = "thirty",
            ["Input.Group.Qualifier"] = nameof(CountQualifier.AtLeast),
        });
        var wordyPage = await HtmlPages.ReadAsync(wordy);
        wordyPage.QuerySelector("#Input_Group_Count_error")!.TextContent.ShouldBe("Give how many as a number from 1 to 10,000,000.");
        wordyPage.QuerySelector("#Input_Group_Who_error")!.TextContent.ShouldBe("Say who the group is: students, cellmates, detainees.");
        wordyPage.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Group_Count")!.Value.ShouldBe("thirty", "nothing typed is lost");
        wordyPage.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#Input_Group_Qualifier")!.Value.ShouldBe(nameof(CountQualifier.AtLeast));
        (await app.Factory.QueryAsync(db => db.Incidents.SingleAsync(i => i.Id == incidentId))).VictimGroup.ShouldBeNull();

        using var saved = await caseworker.SubmitAsync(wordyPage, new Dictionary<string, string>
        {
            ["Input.Group.Count"] = "30",
            ["Input.Group.Who"] = "students of the medical college",
        });
        saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{caseId}");
        var casePage = await HtmlPages.ReadAsync(saved);
        casePage.QuerySelector($"#incident-{incidentId} .victims")!.TextContent
            .ShouldBe("Victims: Aibek Studentov; at least 30 students of the medical college (the named among them)");

        var stored = await app.Factory.QueryAsync(db => db.Incidents.SingleAsync(i => i.Id == incidentId));
        stored.VictimGroup!.Count.ShouldBe(30);
        stored.VictimGroup.IncludesNamed.ShouldBeTrue("the box is checked by default and was not unchecked");
        stored.PeopleAffected.ShouldBe(30);

        var edit = await caseworker.GetPageAsync($"/Incidents/Edit/{incidentId}");
        edit.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Group_Who")!.Value.ShouldBe("students of the medical college", "the edit form shows the group saved");

        var timeline = await caseworker.GetPageAsync($"/Cases/{caseId}/Timeline");
        timeline.QuerySelector("ol.timeline")!.TextContent.ShouldContain("≥30 students of the medical college");
        using var caseJson = JsonDocument.Parse(await caseworker.GetStringAsync(new Uri($"/api/v1/cases/{caseId}", UriKind.Relative)));
        var group = caseJson.RootElement.GetProperty("incidents").EnumerateArray().Single().GetProperty("victimGroup");
        group.GetProperty("count").GetInt32().ShouldBe(30);
        group.GetProperty("qualifier").GetString().ShouldBe("AtLeast");
        group.GetProperty("includesNamed").GetBoolean().ShouldBeTrue();
    }
}
