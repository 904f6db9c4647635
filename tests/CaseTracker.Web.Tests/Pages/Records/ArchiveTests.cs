using System.Net;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Records;

public class ArchiveTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_caseworker_archives_a_complaint_with_a_reason_and_an_admin_restores_it()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        var complaintId = await app.Factory.QueryAsync(db => db.Complaints.Where(c => c.CaseId == caseId).Select(c => c.Id).SingleAsync());
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/Records/Archive/complaint/{complaintId}");

        using var withoutReason = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Reason"] = " " });
        (await HtmlPages.ReadAsync(withoutReason)).QuerySelector("#reason-error")!.TextContent.ShouldBe("Give a reason for archiving.");
        using var archived = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Reason"] = "Entered twice" });

        var casePage = await HtmlPages.ReadAsync(archived);
        casePage.QuerySelectorAll("article.complaint").ShouldBeEmpty();
        (await app.Factory.QueryAsync(db => db.Complaints.CountAsync(c => c.Id == complaintId))).ShouldBe(1, "archiving deletes nothing");
        using var notForCaseworker = await caseworker.GetAsync(new Uri($"/Records/Archived/{caseId}", UriKind.Relative));
        notForCaseworker.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/AccessDenied");

        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var archivedList = await admin.GetPageAsync($"/Records/Archived/{caseId}");
        archivedList.QuerySelector("main")!.TextContent.ShouldContain("Entered twice");
        using var restored = await admin.SubmitAsync(archivedList, new Dictionary<string, string>(), "main li form");

        (await HtmlPages.ReadAsync(restored)).QuerySelectorAll("article.complaint").Length.ShouldBe(1);
    }

    [Fact]
    public async Task Archiving_a_record_of_a_restricted_case_answers_404_to_an_editor_who_cannot_see_it()
    {
        var caseId = await app.Factory.CaseIdAsync("TJ-2024-002");
        var incidentId = await app.Factory.QueryAsync(db => db.Incidents.Where(i => i.CaseId == caseId).Select(i => i.Id).SingleAsync());
        await app.Factory.QueryAsync(async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.Id == caseId);
            c.Unassign(await db.Users.Where(u => u.Email == SignedInClients.Caseworker).Select(u => u.Id).SingleAsync());
            return await db.SaveChangesAsync();
        });
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker, followRedirects: false);

        using var response = await caseworker.GetAsync(new Uri($"/Records/Archive/incident/{incidentId}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
