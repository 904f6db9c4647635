using System.Text.Json;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Groups;
using CaseTracker.Domain.People;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Complaints;

/// <summary>
/// A complaint record that stands for many ("64 complaints of ill-treatment", filed by an organisation
/// for 12 cellmates), entered through the real form: an unreadable number is refused next to its field
/// with nothing lost; the case page says how many it stands for, who filed it and the group; statistics
/// count records and the complaints they stand for apart, summed by hand and by the domain rule alike.
/// </summary>
public sealed class ComplaintCountTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_record_of_about_64_complaints_by_an_organisation_is_refused_when_unreadable_then_shown_and_summed()
    {
        Guid caseId, institutionId, organisationId;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("Complaint counts fixture", country: "LV");
            records.Person(caseFile, "Counted Complainant");
            var ombudsman = records.Institution("Counting ombudsman (fictional)", "ombudsperson");
            records.Complaint(caseFile, ombudsman, "2 February 2021", "One complaint");
            var ten = records.Complaint(caseFile, ombudsman, "3 February 2021", "Ten complaints");
            ten.StandsFor(10, CountQualifier.Exactly);
            var organisation = new Organisation("Counting Rights Centre (fictional)", "LV");
            records.Db.Organisations.Add(organisation);
            await records.SaveAsync();
            (caseId, institutionId, organisationId) = (caseFile.Id, ombudsman.Id, organisation.Id);
        }

        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/Complaints/Create/{caseId}");
        var kind = form.QuerySelectorAll("#Input_KindId option").Skip(1).First().GetAttribute("value")!;
        var fields = new Dictionary<string, string>
        {
            ["Input.KindId"] = kind,
            ["Input.InstitutionId"] = institutionId.ToString(),
            ["Input.FiledOn"] = "April 2021",
            ["Input.Subject"] = "Complaints of ill-treatment in the detention centre",
            ["Input.FiledByOrganisationId"] = organisationId.ToString(),
            ["Input.Filings"] = "sixty-four",
            ["Input.FilingsQualifier"] = nameof(CountQualifier.About),
            ["Input.Group.Count"] = "12",
            ["Input.Group.Who"] = "cellmates",
        };
        using var wordy = await caseworker.SubmitAsync(form, fields);
        var wordyPage = await HtmlPages.ReadAsync(wordy);
        wordyPage.QuerySelector("#filings-error")!.TextContent.ShouldBe("Give how many complaints as a number from 2 to 10,000,000, or leave it empty for one.");
        wordyPage.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Filings")!.Value.ShouldBe("sixty-four", "nothing typed is lost");
        wordyPage.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Group_Who")!.Value.ShouldBe("cellmates");
        (await app.Factory.QueryAsync(db => db.Complaints.CountAsync(c => c.CaseId == caseId))).ShouldBe(2, "nothing was saved");

        using var saved = await caseworker.SubmitAsync(wordyPage, new Dictionary<string, string> { ["Input.Filings"] = "64" });
        saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{caseId}");
        var complaintId = await app.Factory.QueryAsync(db => db.Complaints.Where(c => c.CaseId == caseId && c.Filings == 64).Select(c => c.Id).SingleAsync());
        var casePage = await HtmlPages.ReadAsync(saved);
        var article = casePage.QuerySelector($"#complaint-{complaintId}")!;
        article.QuerySelector(".complaint-filings")!.TextContent.ShouldBe("Stands for about 64 separate complaints");
        article.QuerySelector(".complaint-filers")!.TextContent.ShouldBe("Filed by: Counted Complainant, Counting Rights Centre (fictional)",
            "the one person of the case is the default filer, and the organisation is named beside them");
        article.QuerySelector(".complaint-group")!.TextContent.ShouldBe("Concerns a group: 12 cellmates");

        var edit = await caseworker.GetPageAsync($"/Complaints/Edit/{complaintId}");
        edit.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Filings")!.Value.ShouldBe("64", "the edit form shows what was saved");
        edit.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#Input_FilingsQualifier")!.Value.ShouldBe(nameof(CountQualifier.About));

        using var caseJson = JsonDocument.Parse(await caseworker.GetStringAsync(new Uri($"/api/v1/cases/{caseId}", UriKind.Relative)));
        var stored = caseJson.RootElement.GetProperty("complaints").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == complaintId);
        stored.GetProperty("filings").GetInt32().ShouldBe(64);
        stored.GetProperty("filedByOrganisationId").GetGuid().ShouldBe(organisationId);
        stored.GetProperty("group").GetProperty("who").GetString().ShouldBe("cellmates");

        // By hand: 3 records, standing for 1 + 10 + 64 = 75 complaints, one of them "about".
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        using var statistics = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/v1/statistics?country=LV", UriKind.Relative)));
        var row = statistics.RootElement.GetProperty("institutions").EnumerateArray().Single(i => i.GetProperty("institutionId").GetGuid() == institutionId);
        row.GetProperty("complaintsReceived").GetInt32().ShouldBe(3);
        row.GetProperty("complaintsStoodFor").GetInt32().ShouldBe(75);
        row.GetProperty("estimatedFilings").GetInt32().ShouldBe(1);
        var byDomainRule = await app.Factory.QueryAsync(db => db.Complaints.Where(c => c.CaseId == caseId).Select(c => c.Filings).ToListAsync());
        byDomainRule.Sum(Complaint.CountedFilings).ShouldBe(75, "SQL and the domain rule agree");

        var page = await admin.GetPageAsync("/Statistics?country=LV");
        page.QuerySelector("table.institution-figures tbody .stood-for")!.TextContent.Trim().ShouldBe("75 (1 not exact)");
    }
}
