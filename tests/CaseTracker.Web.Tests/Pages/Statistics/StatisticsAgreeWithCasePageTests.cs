using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseTracker.Domain.Complaints;
using CaseTracker.Web.Pages.Statistics;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Pages.Statistics;

/// <summary>
/// Statistics count complaints in SQL; the case page derives each complaint's state in C#. Over
/// complaints filed and answered on dates of every precision, ranges, "about", ties, archived and closed
/// ones, each sent to its own institution, the statistics of every institution say exactly what the
/// case page says of its one complaint: answered or not, overdue or not, due after the last news or not,
/// the silence as far as the case's newest source knows it, the latest outcome and the days to the first
/// response.
/// </summary>
public sealed class StatisticsAgreeWithCasePageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly JsonSerializerOptions Json = Web.Infrastructure.ApiJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    [Fact]
    public async Task Statistics_and_the_case_page_agree_on_every_complaint_of_a_mixed_precision_fixture()
    {
        var today = DateOnly.FromDateTime(app.Factory.Clock.GetUtcNow().UtcDateTime);
        var fiveDaysAgo = today.AddDays(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Guid caseId;
        var expectedDays = new Dictionary<string, int?>();
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("Agreement fixture");
            var news = records.Source(caseFile, "The newest report on the case");
            news.Describe(news.Title, news.Kind, null, Domain.Dates.PartialDate.Parse("30 June 2020"), null, null, Domain.Sources.Reliability.High, false, null);
            void File(string filedOn, (string Date, string Outcome)[] responses, bool close = false, string? archiveFirst = null, int? days = null)
            {
                var institution = records.Institution("Agreement institution");
                var complaint = records.Complaint(caseFile, institution, filedOn);
                foreach (var (date, outcome) in responses)
                {
                    var response = records.Response(complaint, date, outcome);
                    if (date == archiveFirst)
                    {
                        response.Archive("Entered twice", Guid.NewGuid(), DateTimeOffset.UtcNow);
                    }
                }

                if (close)
                {
                    complaint.Close(today, "Withdrawn by the family");
                }

                expectedDays[institution.Name] = days;
            }

            File("10 June 2019", [("20 June 2019", "acknowledged"), ("1 July 2019", "rejected")], days: 10);
            File("June 2019", [("15 July 2019", "rejected")]);
            File("c. 10 June 2019", [("20 June 2019", "upheld")]);
            File("10-12 June 2019", [("20 June 2019", "rejected")]);
            File("10 June 2019", [("July 2019", "dismissed"), ("5 July 2019", "acknowledged")]);
            File("10 June 2019", [("July 2019", "upheld"), ("1-31 July 2019", "rejected")]);
            File("10 June 2019", [("c. 20 June 2019", "upheld")]);
            File("10 June 2019", [("15 June 2019", "upheld"), ("20 June 2019", "rejected")], archiveFirst: "15 June 2019", days: 10);
            File("10 June 2019", [("20 June 2019", "rejected")], close: true, days: 10);
            File("2019", [], close: true);
            File("10 June 2019", []);
            File("2019-2020", []);
            File("c. March 2021", []);
            File(fiveDaysAgo, []);
            await records.SaveAsync();
            caseId = caseFile.Id;
        }

        using var admin = await app.Factory.ClientForAsync(Visitor.Admin);
        var file = CaseFile.Read(JsonNode.Parse(await admin.GetStringAsync(new Uri($"/api/v1/cases/{caseId}", UriKind.Relative)))!);
        var statistics = (await admin.GetFromJsonAsync<StatisticsDocument>("/api/v1/statistics", Json))!;

        file.Complaints.Count.ShouldBe(expectedDays.Count);
        file.Complaints.Select(c => c.Status).Distinct().Order().ToList().ShouldBe(Enum.GetValues<ComplaintStatus>().ToList(), "the fixture has every status");
        foreach (var complaint in file.Complaints)
        {
            var row = statistics.Institutions.Single(i => i.Institution == complaint.Institution);
            var because = $"complaint filed {complaint.FiledOn} ({complaint.Status}, responses {string.Join(", ", complaint.Responses.Select(r => r.Date))})";
            row.ComplaintsReceived.ShouldBe(1, because);
            row.Answered.ShouldBe(complaint.Responses.Count > 0 ? 1 : 0, because);
            row.OverdueAndSilent.ShouldBe(complaint.Status == ComplaintStatus.Overdue ? 1 : 0, because);
            row.LongestSilenceDays.ShouldBe(complaint.Status == ComplaintStatus.Overdue ? complaint.DaysOfSilence : null, because);
            row.PastDueNoNews.ShouldBe(complaint.Status == ComplaintStatus.NoNewsSinceDue ? 1 : 0, because);
            row.LatestOutcomes.Select(o => o.Outcome).ShouldBe(complaint.LatestOutcome is { } outcome ? [outcome] : [], because);
            row.MedianDaysToFirstResponse.ShouldBe(complaint.Responses.FirstOrDefault()?.DaysAfterFiling, because);
            complaint.Responses.FirstOrDefault()?.DaysAfterFiling.ShouldBe(expectedDays[complaint.Institution], because);
        }

        file.Complaints.Single(c => c.Responses.Any(r => r.Outcome == "Dismissed")).LatestOutcome.ShouldBe("Acknowledged", "5 July comes after July's first day");
        var sameSpan = file.Complaints.Single(c => c.Responses.Any(r => r.Date == "July 2019") && c.Responses.Any(r => r.Outcome == "Upheld"));
        sameSpan.LatestOutcome.ShouldBe("Upheld", "1-31 July spans what July spans but is more exact, so it comes first and July last");
    }

    /// <summary>What the case file's JSON says of each complaint, read as a client would read it.</summary>
    private sealed record CaseFile(List<CaseComplaint> Complaints)
    {
        public static CaseFile Read(JsonNode json) => new(json["complaints"]!.AsArray().Select(c => new CaseComplaint(
            c!["filedOn"]!["text"]!.GetValue<string>(),
            c["institution"]!.GetValue<string>(),
            Enum.Parse<ComplaintStatus>(c["status"]!.GetValue<string>()),
            c["daysOfSilence"]?.GetValue<int>(),
            c["latestOutcome"]?.GetValue<string>(),
            c["responses"]!.AsArray().Select(r => new CaseResponse(r!["date"]!["text"]!.GetValue<string>(), r["outcome"]!.GetValue<string>(), r["daysAfterFiling"]?.GetValue<int>())).ToList())).ToList());
    }

    private sealed record CaseComplaint(string FiledOn, string Institution, ComplaintStatus Status, int? DaysOfSilence, string? LatestOutcome, List<CaseResponse> Responses);

    private sealed record CaseResponse(string Date, string Outcome, int? DaysAfterFiling);
}
