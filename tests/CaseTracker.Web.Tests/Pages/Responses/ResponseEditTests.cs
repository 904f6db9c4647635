using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Responses;

public class ResponseEditTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_response_date_before_the_complaint_is_refused_next_to_the_field()
    {
        Guid id;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case();
            var complaint = records.Complaint(caseFile, records.Institution(), "10 May 2021", "Appeal the sentence");
            id = records.Response(complaint, "23 June 2021").Id;
            await records.SaveAsync();
        }

        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await client.GetPageAsync($"/Responses/Edit/{id}");
        form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Date")!.Value.ShouldBe("23 June 2021");

        using var refused = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Date"] = "2019" });
        (await HtmlPages.ReadAsync(refused)).QuerySelector("#Input_Date_error")!.TextContent.ShouldBe("A response cannot come before the complaint was filed (10 May 2021). Check this date or the complaint's.");

        using var saved = await client.SubmitAsync(await HtmlPages.ReadAsync(refused), new Dictionary<string, string> { ["Input.Date"] = "24 June 2021" });
        (await app.Factory.QueryAsync(db => db.Responses.Where(r => r.Id == id).Select(r => r.Date.Earliest).SingleAsync())).ShouldBe(new DateOnly(2021, 6, 24));
    }
}
