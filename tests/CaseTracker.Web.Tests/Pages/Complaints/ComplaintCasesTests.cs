using System.Net;
using System.Text.Json;
using CaseTracker.Domain.Cases;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Complaints;

/// <summary>
/// One letter about three detainees, one of whose cases is restricted: entered through the real form,
/// the complaint is shown in each case to those who may see it, and to a researcher the restricted case
/// does not exist anywhere the complaint appears (case pages, case JSON, timeline, statistics), which
/// count the complaint once. A caseworker who may not see the restricted case can neither link it nor,
/// by editing, unlink it.
/// </summary>
public sealed class ComplaintCasesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_complaint_about_three_cases_one_restricted_is_shown_in_each_visible_case_and_nowhere_names_the_restricted_one()
    {
        CaseFile home, other, restricted;
        Guid institutionId;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            home = records.Case("Letter home case", country: "LT");
            other = records.Case("Letter second detainee", country: "LT");
            restricted = records.Case("Letter third detainee (restricted)", country: "LT", sensitivity: Sensitivity.Restricted);
            records.Person(home, "First Detainee");
            records.Person(other, "Second Detainee");
            records.Person(restricted, "Third Detainee");
            institutionId = records.Institution("Letter ombudsman (fictional)", "ombudsperson").Id;
            await records.SaveAsync();
        }

        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var caseworkerForm = await caseworker.GetPageAsync($"/Complaints/Create/{home.Id}");
        var kind = caseworkerForm.QuerySelectorAll("#Input_KindId option").Skip(1).First().GetAttribute("value")!;
        var fields = new Dictionary<string, string>
        {
            ["Input.KindId"] = kind,
            ["Input.InstitutionId"] = institutionId.ToString(),
            ["Input.FiledOn"] = "5 May 2022",
            ["Input.Subject"] = "Letter about three detainees held incommunicado",
            ["Input.OtherCases"] = $"{other.Reference.ToLowerInvariant()}, {restricted.Reference}",
        };
        using var refused = await caseworker.SubmitAsync(caseworkerForm, fields);
        var refusedPage = await HtmlPages.ReadAsync(refused);
        refusedPage.QuerySelector("#other-cases-error")!.TextContent
            .ShouldBe($"No case you may see has the reference {restricted.Reference}. Check it, or leave it out.", "a case the caseworker may not see is as unknown as one that does not exist");
        (await app.Factory.QueryAsync(db => db.Complaints.CountAsync(c => c.CaseId == home.Id))).ShouldBe(0);

        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        using var saved = await admin.SubmitAsync(await admin.GetPageAsync($"/Complaints/Create/{home.Id}"), fields);
        saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{home.Id}");
        var complaint = await app.Factory.QueryAsync(db => db.Complaints.SingleAsync(c => c.CaseId == home.Id));
        complaint.OtherCases.Select(c => c.CaseId).ShouldBe([other.Id, restricted.Id], ignoreOrder: true, "a lower-case reference is the same case");
        var adminHome = await HtmlPages.ReadAsync(saved);
        adminHome.QuerySelectorAll($"#complaint-{complaint.Id} .complaint-cases a").Select(a => a.TextContent).ShouldBe([other.Reference, restricted.Reference], ignoreOrder: true);

        // A caseworker who may not see the restricted case edits the complaint: its link stays.
        var edit = await caseworker.GetPageAsync($"/Complaints/Edit/{complaint.Id}");
        edit.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_OtherCases")!.Value.ShouldBe(other.Reference, "the edit form names only the cases its user may see");
        using var edited = await caseworker.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Subject"] = "Letter about three detainees, still incommunicado" });
        edited.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{home.Id}");
        (await app.Factory.QueryAsync(db => db.Complaints.SingleAsync(c => c.Id == complaint.Id))).OtherCases.Select(c => c.CaseId)
            .ShouldBe([other.Id, restricted.Id], ignoreOrder: true, "an edit cannot remove a link its user could not see");

        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);
        var homePage = await researcher.GetPageAsync($"/Cases/Details/{home.Id}");
        homePage.QuerySelectorAll($"#complaint-{complaint.Id} .complaint-cases a").Select(a => a.TextContent).ShouldBe([other.Reference]);
        var otherPage = await researcher.GetPageAsync($"/Cases/Details/{other.Id}");
        var shown = otherPage.QuerySelector($"#complaint-{complaint.Id}")!;
        shown.TextContent.ShouldContain("Letter about three detainees, still incommunicado");
        shown.QuerySelector(".complaint-home a")!.TextContent.ShouldBe(home.Reference);
        shown.QuerySelectorAll(".complaint-cases a").Select(a => a.TextContent).ShouldBe([home.Reference], "read from the second case, its own case is the other one it concerns");
        foreach (var page in new[] { homePage, otherPage })
        {
            page.DocumentElement.OuterHtml.ShouldNotContain(restricted.Reference);
            page.DocumentElement.OuterHtml.ShouldNotContain(restricted.Id.ToString());
        }

        (await researcher.GetAsync(new Uri($"/Cases/Details/{restricted.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var path in new[] { $"/api/v1/cases/{home.Id}", $"/api/v1/cases/{other.Id}", $"/api/v1/cases/{other.Id}/timeline", $"/Cases/{other.Id}/Timeline", $"/Cases/Details/{other.Id}?handler=Csv" })
        {
            var body = await researcher.GetStringAsync(new Uri(path, UriKind.Relative));
            body.ShouldContain("Letter about three detainees", customMessage: $"{path} shows the complaint");
            body.ShouldNotContain(restricted.Reference, customMessage: path);
            body.ShouldNotContain(restricted.Id.ToString(), customMessage: path);
        }

        var otherCaseworkerPage = await caseworker.GetPageAsync($"/Cases/Details/{other.Id}");
        otherCaseworkerPage.QuerySelector($"#complaint-{complaint.Id} a[href^='/Complaints/Edit']").ShouldBeNull("it is edited in the case it is recorded in");

        foreach (var reader in new[] { researcher, admin })
        {
            using var statistics = JsonDocument.Parse(await reader.GetStringAsync(new Uri("/api/v1/statistics?country=LT", UriKind.Relative)));
            statistics.RootElement.GetProperty("institutions").EnumerateArray().Single(i => i.GetProperty("institutionId").GetGuid() == institutionId)
                .GetProperty("complaintsReceived").GetInt32().ShouldBe(1, "one letter counts once, however many cases it concerns");
        }
    }
}
