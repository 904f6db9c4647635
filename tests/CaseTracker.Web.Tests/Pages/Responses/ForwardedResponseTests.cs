using System.Text.Json;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Responses;

/// <summary>
/// A complaint to the Prosecutor General is forwarded to the regional prosecutor it complained about,
/// and that office answers: both responses entered through the real form, the second one from the body
/// it was forwarded to. The case page, the timeline and the API name the body that answered.
/// </summary>
public sealed class ForwardedResponseTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_complaint_forwarded_to_the_body_complained_about_is_answered_by_that_body()
    {
        Guid caseId, complaintId, regionalId, forwardedOutcome, rejectedOutcome;
        string generalName, regionalName;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("Forwarded complaint fixture");
            var general = records.Institution("Prosecutor General (forwarding fixture)");
            var regional = records.Institution("Regional prosecutor (forwarding fixture)");
            complaintId = records.Complaint(caseFile, general, "3 March 2021", "Investigate the beating in custody").Id;
            await records.SaveAsync();
            (caseId, regionalId, generalName, regionalName) = (caseFile.Id, regional.Id, general.Name, regional.Name);
            forwardedOutcome = records.Term(Vocabulary.ResponseOutcome, "forwarded");
            rejectedOutcome = records.Term(Vocabulary.ResponseOutcome, "rejected");
        }

        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/Responses/Create/{complaintId}");
        form.QuerySelector("#Input_FromInstitutionId option[value='']")!.TextContent.ShouldBe($"The institution it was sent to: {generalName}",
            "the form names the addressee, which answers unless another body is chosen");
        using var forwarded = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Date"] = "20 March 2021",
            ["Input.OutcomeId"] = forwardedOutcome.ToString(),
            ["Input.ForwardedToInstitutionId"] = regionalId.ToString(),
            ["Input.ForwardedToBodyComplainedAbout"] = "true",
        });
        forwarded.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{caseId}");

        var second = await caseworker.GetPageAsync($"/Responses/Create/{complaintId}");
        using var answered = await caseworker.SubmitAsync(second, new Dictionary<string, string>
        {
            ["Input.Date"] = "2 May 2021",
            ["Input.OutcomeId"] = rejectedOutcome.ToString(),
            ["Input.FromInstitutionId"] = regionalId.ToString(),
            ["Input.Summary"] = "No grounds to open a criminal case.",
        });
        var casePage = await HtmlPages.ReadAsync(answered);

        var responses = await app.Factory.QueryAsync(db => db.Responses.Where(r => r.ComplaintId == complaintId).OrderBy(r => r.Date.Earliest).ToListAsync());
        responses.Select(r => r.FromInstitutionId).ShouldBe([null, regionalId], "the first came from the addressee, the second from the body it was forwarded to");
        responses[0].ForwardedToInstitutionId.ShouldBe(regionalId);
        responses[0].ForwardedToBodyComplainedAbout.ShouldBeTrue();

        casePage.QuerySelector($"#response-{responses[0].Id} .response-forwarded")!.TextContent
            .ShouldBe($"· forwarded to {regionalName}, the body complained about");
        casePage.QuerySelector($"#response-{responses[1].Id} .response-from")!.TextContent
            .ShouldBe($"from {regionalName}, to which it was forwarded");
        casePage.QuerySelector($"#response-{responses[0].Id} .response-from").ShouldBeNull("the addressee's own reply names no other body");

        using var timeline = JsonDocument.Parse(await caseworker.GetStringAsync(new Uri($"/api/v1/cases/{caseId}/timeline", UriKind.Relative)));
        var rejection = timeline.RootElement.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == responses[1].Id);
        rejection.GetProperty("institutions").EnumerateArray().Select(i => i.GetString()).ShouldBe([regionalName]);

        using var caseJson = JsonDocument.Parse(await caseworker.GetStringAsync(new Uri($"/api/v1/cases/{caseId}", UriKind.Relative)));
        var stored = caseJson.RootElement.GetProperty("complaints").EnumerateArray().Single().GetProperty("responses").EnumerateArray().ToList();
        stored[1].GetProperty("fromInstitutionId").GetGuid().ShouldBe(regionalId);
        stored[0].GetProperty("forwardedToInstitutionId").GetGuid().ShouldBe(regionalId);
    }
}
