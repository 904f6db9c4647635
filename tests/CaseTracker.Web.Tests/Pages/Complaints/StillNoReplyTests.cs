using System.Text.Json;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Complaints;

/// <summary>
/// A silence is shown only as far as the sources go, on the case page, the timeline, the home page and
/// in statistics alike; "Still no reply" moves it forward with one click, recorded with who and when.
/// </summary>
public sealed class StillNoReplyTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_silence_stops_at_the_newest_source_until_a_caseworker_checks_and_then_counts_to_today_for_a_while()
    {
        Guid caseId, complaintId;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("Silence as of fixture");
            var report = records.Source(caseFile, "Report on the beating in custody");
            report.Describe(report.Title, report.Kind, null, Domain.Dates.PartialDate.Parse("5 May 2021"), null, null, Domain.Sources.Reliability.High, false, null);
            var complaint = records.Complaint(caseFile, records.Institution("Silence as of prosecutor"), "25 March 2021", "Investigate the beating in custody", replyDays: 60);
            await records.SaveAsync();
            (caseId, complaintId) = (caseFile.Id, complaint.Id);
        }

        app.Factory.Clock.SetToday(2026, 11, 22);
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);

        var page = await caseworker.GetPageAsync($"/Cases/Details/{caseId}");
        var article = page.QuerySelector($"#complaint-{complaintId}")!;
        article.QuerySelector(".complaint-status")!.TextContent.Trim().ShouldBe("No reply known as of 5 May 2021 (41 days after filing; due 24 May 2021)");
        article.ClassList.ShouldContain("status-nonewssincedue");
        (await TimelineComplaintAsync(caseworker, caseId, complaintId)).ShouldBe(("NoNewsSinceDue", 41));
        (await caseworker.GetPageAsync("/")).QuerySelectorAll(".waiting li").Select(li => li.TextContent)
            .ShouldContain(text => text.Contains("Investigate the beating in custody", StringComparison.Ordinal) && text.Contains("No reply known as of 5 May 2021", StringComparison.Ordinal));

        using (var checkedNow = await caseworker.SubmitAsync(page, new Dictionary<string, string>(), $"#complaint-{complaintId} form"))
        {
            checkedNow.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{caseId}");
        }

        var afterCheck = (await caseworker.GetPageAsync($"/Cases/Details/{caseId}")).QuerySelector($"#complaint-{complaintId}")!;
        afterCheck.QuerySelector(".complaint-status")!.TextContent.Trim().ShouldBe("No reply for 2068 days (due 24 May 2021)", "checked today: counted to today");
        afterCheck.TextContent.ShouldContain("Checked: still no reply on 22 November 2026.");
        afterCheck.ClassList.ShouldContain("status-overdue");

        app.Factory.Clock.SetToday(2027, 1, 21);
        using var twoMonthsLater = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        (await TimelineComplaintAsync(twoMonthsLater, caseId, complaintId)).ShouldBe(("Overdue", 2068), "60 days after the check the silence stops at the check again");
        var later = (await twoMonthsLater.GetPageAsync($"/Cases/Details/{caseId}")).QuerySelector($"#complaint-{complaintId} .complaint-status")!;
        later.TextContent.Trim().ShouldBe("No reply known as of 22 November 2026 (2068 days after filing; due 24 May 2021)");

        var caseworkerId = await app.Factory.QueryAsync(db => db.Users.Where(u => u.Email == SignedInClients.Caseworker).Select(u => u.Id).SingleAsync());
        var audit = await app.Factory.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == complaintId && a.Action == AuditAction.Update).ToListAsync());
        var check = audit.Single();
        check.UserId.ShouldBe(caseworkerId);
        JsonDocument.Parse(check.Changes!).RootElement.GetProperty("NoReplyKnownOn")[1].GetString().ShouldBe("2026-11-22");
        var saved = await app.Factory.QueryAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.Id == complaintId));
        saved.NoReplyCheckedBy.ShouldBe(caseworkerId);
        saved.NoReplyCheckedAt!.Value.UtcDateTime.Date.ShouldBe(new DateTime(2026, 11, 22));
    }

    [Fact]
    public async Task Still_no_reply_is_refused_with_a_reason_for_an_answered_complaint_and_not_offered_to_a_researcher()
    {
        Guid caseId, complaintId;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("Answered silence fixture");
            var complaint = records.Complaint(caseFile, records.Institution("Answered silence court"), "1 March 2024");
            await records.SaveAsync();
            (caseId, complaintId) = (caseFile.Id, complaint.Id);
        }

        app.Factory.Clock.SetToday(2024, 6, 1);
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);
        var page = await caseworker.GetPageAsync($"/Cases/Details/{caseId}");
        (await researcher.GetPageAsync($"/Cases/Details/{caseId}")).QuerySelector($"#complaint-{complaintId} form").ShouldBeNull();
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var complaint = await records.Db.Complaints.SingleAsync(c => c.Id == complaintId);
            records.Db.Responses.Add(complaint.RecordResponse(Domain.Dates.PartialDate.Parse("15 March 2024"), records.Term(Domain.Vocabularies.Vocabulary.ResponseOutcome, "rejected"), null));
            await records.SaveAsync();
        }

        using var refused = await caseworker.SubmitAsync(page, new Dictionary<string, string>(), $"#complaint-{complaintId} form");

        refused.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await HtmlPages.ReadAsync(refused)).QuerySelector("[role=alert]")!.TextContent.ShouldContain("A reply is recorded for this complaint.");
        (await app.Factory.QueryAsync(db => db.Complaints.Where(c => c.Id == complaintId).Select(c => c.NoReplyKnownOn).SingleAsync())).ShouldBeNull();
    }

    private static async Task<(string Status, int Days)> TimelineComplaintAsync(HttpClient client, Guid caseId, Guid complaintId)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/cases/{caseId}/timeline", UriKind.Relative)));
        var entry = json.RootElement.GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("kind").GetString() == "complaint" && e.GetProperty("id").GetGuid() == complaintId);
        return (entry.GetProperty("status").GetString()!, entry.GetProperty("daysOfSilence").GetInt32());
    }
}
