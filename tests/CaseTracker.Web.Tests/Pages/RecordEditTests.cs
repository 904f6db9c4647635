using CaseTracker.Domain.Complaints;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages;

/// <summary>Each kind of record can be edited through its form; a stale save is refused and nothing is overwritten.</summary>
public class RecordEditTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Closing_a_complaint_needs_a_reason_and_then_shows_it_as_closed()
    {
        app.Factory.Clock.SetToday(2025, 1, 1);
        var id = await app.Factory.QueryAsync(db => db.Complaints.Where(c => c.Subject == "Identify the men following her").Select(c => c.Id).SingleAsync());
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await client.GetPageAsync($"/Complaints/Edit/{id}");

        using var refused = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.ClosedOn"] = "2024-12-01" });
        var refusedPage = await HtmlPages.ReadAsync(refused);
        refusedPage.QuerySelector("#closed-reason-error")!.TextContent.ShouldBe("Say why the complaint is closed.");
        using var closed = await client.SubmitAsync(refusedPage, new Dictionary<string, string> { ["Input.ClosedReason"] = "She withdrew it" });

        var casePage = await HtmlPages.ReadAsync(closed);
        casePage.QuerySelector($"#complaint-{id} .complaint-status")!.TextContent.Trim().ShouldBe("Closed");
        var complaint = await app.Factory.QueryAsync(db => db.Complaints.SingleAsync(c => c.Id == id));
        complaint.StateOn(new DateOnly(2025, 1, 1)).Status.ShouldBe(ComplaintStatus.Closed);
        complaint.Subject.ShouldBe("Identify the men following her", "fields not touched keep their values");
    }

    [Fact]
    public async Task A_response_date_before_the_complaint_is_refused_next_to_the_field()
    {
        var id = await app.Factory.QueryAsync(db => db.Responses.Where(r => r.Summary == "Appeals rejected.").Select(r => r.Id).SingleAsync());
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await client.GetPageAsync($"/Responses/Edit/{id}");
        form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Date")!.Value.ShouldBe("23 June 2021");

        using var refused = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Date"] = "2019" });
        (await HtmlPages.ReadAsync(refused)).QuerySelector("#Input_Date_error")!.TextContent.ShouldBe("A response cannot come before the complaint was filed.");

        using var saved = await client.SubmitAsync(await HtmlPages.ReadAsync(refused), new Dictionary<string, string> { ["Input.Date"] = "24 June 2021" });
        (await app.Factory.QueryAsync(db => db.Responses.Where(r => r.Id == id).Select(r => r.Date.Earliest).SingleAsync())).ShouldBe(new DateOnly(2021, 6, 24));
    }

    [Fact]
    public async Task Making_a_source_confidential_hides_its_identity_from_researchers()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        var id = await app.Factory.QueryAsync(db => db.Sources.Where(s => s.CaseId == caseId).Select(s => s.Id).FirstAsync());
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/Sources/Edit/{id}");

        using (await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Interview (now canary-1618)", ["Input.IsConfidential"] = "true" }))
        {
        }

        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);
        var page = await (await researcher.GetAsync(new Uri($"/Cases/Details/{caseId}", UriKind.Relative))).Content.ReadAsStringAsync();
        page.ShouldNotContain("canary-1618");
        page.ShouldContain("Confidential source");
    }

    [Fact]
    public async Task A_person_edit_keeps_names_in_every_script_and_a_stale_save_is_refused()
    {
        var id = await app.Factory.QueryAsync(db => db.Persons.Where(p => p.Name == "Kamil Ruziev").Select(p => p.Id).SingleAsync());
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
