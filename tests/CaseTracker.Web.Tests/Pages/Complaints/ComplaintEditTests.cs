using CaseTracker.Domain.Complaints;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Complaints;

public class ComplaintEditTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Closing_a_complaint_needs_a_reason_and_then_shows_it_as_closed()
    {
        app.Factory.Clock.SetToday(2025, 1, 1);
        Guid id;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case();
            id = records.Complaint(caseFile, records.Institution(), "3 March 2024", "Identify the men following her").Id;
            await records.SaveAsync();
        }

        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await client.GetPageAsync($"/Complaints/Edit/{id}");

        using var refused = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.ClosedOn"] = "2024-12-01" });
        var refusedPage = await HtmlPages.ReadAsync(refused);
        refusedPage.QuerySelector("#closed-reason-error")!.TextContent.ShouldBe("Say why the complaint is closed.");
        using var closed = await client.SubmitAsync(refusedPage, new Dictionary<string, string> { ["Input.ClosedReason"] = "She withdrew it" });

        var casePage = await HtmlPages.ReadAsync(closed);
        casePage.QuerySelector($"#complaint-{id} .complaint-status")!.TextContent.Trim().ShouldBe("Closed");
        var complaint = await app.Factory.QueryAsync(db => db.Complaints.SingleAsync(c => c.Id == id));
        complaint.StateOn(new SilenceReckoning(new DateOnly(2025, 1, 1))).Status.ShouldBe(ComplaintStatus.Closed);
        complaint.Subject.ShouldBe("Identify the men following her", "fields not touched keep their values");
    }
}
