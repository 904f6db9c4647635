using System.Net;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Security;

public class WritePageAccessTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<List<string>> WritePageUrlsAsync()
    {
        var caseId = await app.Factory.CaseIdAsync("KG-2020-003");
        var complaintId = await app.Factory.QueryAsync(db => db.Complaints.Where(c => c.CaseId == caseId).Select(c => c.Id).FirstAsync());
        return ["/Cases/Create", $"/Cases/Edit/{caseId}", $"/Incidents/Create/{caseId}", $"/Complaints/Create/{caseId}", $"/Responses/Create/{complaintId}"];
    }

    [Fact]
    public async Task A_researcher_is_refused_every_write_page_for_get_and_post_and_nothing_is_written()
    {
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher, followRedirects: false);
        var before = await app.Factory.QueryAsync(db => db.Incidents.CountAsync());

        foreach (var url in await WritePageUrlsAsync())
        {
            using var get = await client.GetAsync(new Uri(url, UriKind.Relative));
            using var post = await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Title"] = "x" }));

            get.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            get.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied", url);
            post.StatusCode.ShouldBeOneOf([HttpStatusCode.Redirect, HttpStatusCode.BadRequest], url);
        }

        (await app.Factory.QueryAsync(db => db.Incidents.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_case_page_shows_a_researcher_no_write_links()
    {
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        var page = await client.GetPageAsync($"/Cases/Details/{await app.Factory.CaseIdAsync("KG-2020-003")}");

        page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href") ?? "")
            .Where(href => href.Contains("/Create", StringComparison.Ordinal) || href.Contains("/Edit", StringComparison.Ordinal))
            .ShouldBeEmpty();
    }

    [Fact]
    public async Task A_caseworker_cannot_write_into_a_restricted_case_not_assigned_to_them()
    {
        var other = await app.Factory.QueryAsync(async db =>
        {
            var hidden = new CaseTracker.Domain.Cases.CaseFile("HIDDEN-1", "Restricted, not assigned", "KG", DateTimeOffset.UtcNow);
            hidden.Classify(CaseTracker.Domain.Cases.CaseStatus.Open, CaseTracker.Domain.Cases.RiskLevel.High, CaseTracker.Domain.Cases.Sensitivity.Restricted);
            db.Cases.Add(hidden);
            await db.SaveChangesAsync();
            return hidden.Id;
        });
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker, followRedirects: false);

        foreach (var url in new[] { $"/Cases/Details/{other}", $"/Cases/Edit/{other}", $"/Incidents/Create/{other}", $"/Complaints/Create/{other}" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }
    }

    [Fact]
    public async Task A_source_id_from_another_case_is_dropped_instead_of_linked()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        var foreignSource = await app.Factory.QueryAsync(db => db.Sources.Where(s => s.CaseId != caseId).Select(s => s.Id).FirstAsync());
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var form = await client.GetPageAsync($"/Incidents/Create/{caseId}");
        var typeId = form.CheckboxValue("Input.TypeIds", "Raid");
        var token = form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        using var response = await client.PostAsync(new Uri($"/Incidents/Create/{caseId}", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Input.Title", "Office raided"),
            new("Input.Date", "2023"),
            new("Input.TypeIds", typeId),
            new("Input.SourceIds", foreignSource.ToString()),
        ]));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var incident = await app.Factory.QueryAsync(db => db.Incidents.SingleAsync(i => i.Title == "Office raided"));
        incident.Sources.ShouldBeEmpty();
    }
}
