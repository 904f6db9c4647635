using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Pages.Cases;

public class CaseEditConflictTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_second_of_two_people_saving_the_same_case_is_refused_with_what_changed_and_keeps_their_input()
    {
        Guid id;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            id = records.Case("Conflict fixture", country: "KZ").Id;
            await records.SaveAsync();
        }

        using var first = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        using var second = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var firstForm = await first.GetPageAsync($"/Cases/Edit/{id}");
        var secondForm = await second.GetPageAsync($"/Cases/Edit/{id}");

        using var firstSave = await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.Title"] = "Title saved first" });
        using var secondSave = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.Title"] = "Title typed second", ["Input.Risk"] = "Critical" });

        firstSave.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{id}");
        secondSave.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Edit/{id}");
        var conflict = await HtmlPages.ReadAsync(secondSave);
        conflict.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Someone else saved this record while you were editing.");
        conflict.QuerySelector(".conflicts")!.TextContent.ShouldContain("Title saved first");
        conflict.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value.ShouldBe("Title typed second");
        (await app.Factory.QueryAsync(db => Task.FromResult(db.Cases.Single(c => c.Id == id).Title))).ShouldBe("Title saved first");

        using var overwrite = await second.SubmitAsync(conflict, new Dictionary<string, string>());

        overwrite.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{id}");
        (await app.Factory.QueryAsync(db => Task.FromResult(db.Cases.Single(c => c.Id == id).Title))).ShouldBe("Title typed second");
    }
}
