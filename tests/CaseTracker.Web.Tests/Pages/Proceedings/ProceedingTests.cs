using System.Text.Json;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Proceedings;

/// <summary>
/// An investigation with a history "opened, closed and reopened several times, reopened, sent to court,
/// ruling", entered through the real forms: its standing and how long it has been in it on the case page,
/// its steps on the timeline in the story's order, a complaint that names it, and the statistics per
/// conducting body counted by hand (with a second proceeding closed without result).
/// </summary>
public sealed class ProceedingTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_proceeding_closed_and_reopened_then_ruled_on_reads_as_its_history_everywhere()
    {
        app.Factory.Clock.SetToday(2026, 11, 22);
        await using var records = await RecordBuilder.StartAsync(app.Factory);
        var caseFile = records.Case("Proceedings fixture", country: "LT");
        var prosecutor = records.Institution("Regional prosecutor");
        var court = records.Institution("District court", "court");
        var beating = records.Incident(caseFile, "12 March 2011", "Beaten at the police station");
        await records.SaveAsync();
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);

        var form = await caseworker.GetPageAsync($"/Proceedings/Create/{caseFile.Id}");
        using var refused = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Input.Against"] = "two officers of the district police" });
        var refusal = await HtmlPages.ReadAsync(refused);
        refusal.QuerySelector("#conducted-error")!.TextContent.ShouldBe("Choose who conducts it.");
        refusal.QuerySelector("#title-error")!.TextContent.ShouldBe("Say how the sources name it.");
        refusal.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Against")!.Value.ShouldBe("two officers of the district police");

        using (await caseworker.SubmitAsync(refusal, new Dictionary<string, string>
        {
            ["Input.Kind"] = "CriminalCase",
            ["Input.ConductedById"] = refusal.OptionValue("Input.ConductedById", prosecutor.Name),
            ["Input.Title"] = "Criminal case into the beating",
            ["Input.IncidentIds"] = beating.Id.ToString(),
        }))
        {
        }

        var proceedingId = await app.Factory.QueryAsync(db => db.Proceedings.Where(p => p.CaseId == caseFile.Id).Select(p => p.Id).SingleAsync());
        var opened = await AddStepAsync(caseworker, proceedingId, "Opened", "15 March 2011");
        var stepForm = await caseworker.GetPageAsync($"/Steps/Create/{proceedingId}");
        using var badCount = await caseworker.SubmitAsync(stepForm, new Dictionary<string, string>
        {
            ["Input.KindId"] = stepForm.OptionValue("Input.KindId", "Closed and reopened"),
            ["Input.Date"] = "2011-2015",
            ["Input.Times"] = "several",
        });
        (await HtmlPages.ReadAsync(badCount)).QuerySelector("#times-error")!.TextContent.ShouldStartWith("Give how many times as a number");
        await AddStepAsync(caseworker, proceedingId, "Closed and reopened", "2011-2015", times: "4", after: opened);
        await AddStepAsync(caseworker, proceedingId, "Reopened", "September 2015");
        await AddStepAsync(caseworker, proceedingId, "Sent to court", "early 2016");
        await AddStepAsync(caseworker, proceedingId, "Ruling", "10 June 2019", court: court.Name, instance: "first instance", outcome: "two officers sentenced to 3 years");

        var complaintForm = await caseworker.GetPageAsync($"/Complaints/Create/{caseFile.Id}");
        using (await caseworker.SubmitAsync(complaintForm, new Dictionary<string, string>
        {
            ["Input.KindId"] = complaintForm.OptionValue("Input.KindId", "Appeal"),
            ["Input.InstitutionId"] = prosecutor.Id.ToString(),
            ["Input.FiledOn"] = "June 2012",
            ["Input.Subject"] = "Appeal against the closure",
            ["Input.ProceedingId"] = proceedingId.ToString(),
        }))
        {
        }

        var page = await caseworker.GetPageAsync($"/Cases/Details/{caseFile.Id}");
        var article = page.QuerySelector($"#proceeding-{proceedingId}")!;
        var days = new DateOnly(2026, 11, 22).DayNumber - new DateOnly(2019, 6, 10).DayNumber;
        article.QuerySelector(".proceeding-standing")!.TextContent.Trim().ShouldBe($"Decided by a ruling since 10 June 2019 (at least {days} days)");
        article.QuerySelectorAll(".proceeding-steps li .record-date").Select(d => d.TextContent)
            .ShouldBe(["15 March 2011", "2011-2015", "September 2015", "early 2016", "10 June 2019"], "the repeated closures come after the opening the caseworker said they follow");
        article.QuerySelector(".proceeding-steps li:last-child")!.TextContent.ShouldContain("two officers sentenced to 3 years");
        page.QuerySelector("article.complaint")!.TextContent.ShouldContain("About the proceeding: Criminal case into the beating");

        using var timeline = JsonDocument.Parse(await caseworker.GetStringAsync(new Uri($"/api/v1/cases/{caseFile.Id}/timeline", UriKind.Relative)));
        timeline.RootElement.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "step").Select(e => e.GetProperty("title").GetString())
            .ShouldBe(new[] { "Opened", "Closed and reopened", "Reopened", "Sent to court", "Ruling" }.Select(k => $"Criminal case into the beating: {k}"));

        // A second one, closed without any ruling: opened and closed on exact days that are not counted as an end with a ruling.
        await using (var more = await RecordBuilder.StartAsync(app.Factory))
        {
            var inquiry = new Domain.Proceedings.Proceeding(caseFile.Id, Domain.Proceedings.ProceedingKind.Investigation, prosecutor.Id, "Inquiry into the threats");
            more.Db.Proceedings.Add(inquiry);
            more.Db.ProceedingSteps.Add(new Domain.Proceedings.ProceedingStep(inquiry.Id, more.Term(Domain.Vocabularies.Vocabulary.ProceedingStepKind, "opened"), Domain.Dates.PartialDate.Parse("1 February 2020")));
            more.Db.ProceedingSteps.Add(new Domain.Proceedings.ProceedingStep(inquiry.Id, more.Term(Domain.Vocabularies.Vocabulary.ProceedingStepKind, "closed"), Domain.Dates.PartialDate.Parse("1 March 2020")));
            await more.SaveAsync();
        }

        using var statistics = JsonDocument.Parse(await caseworker.GetStringAsync(new Uri("/api/v1/statistics?country=LT", UriKind.Relative)));
        var row = statistics.RootElement.GetProperty("proceedingsByInstitution").EnumerateArray().Single();
        row.GetProperty("institution").GetString().ShouldBe(prosecutor.Name);
        row.GetProperty("proceedings").GetInt32().ShouldBe(2);
        row.GetProperty("stillOpen").GetInt32().ShouldBe(0);
        row.GetProperty("closedWithoutResult").GetInt32().ShouldBe(1);
        var toRuling = new DateOnly(2019, 6, 10).DayNumber - new DateOnly(2011, 3, 15).DayNumber;
        row.GetProperty("medianDaysToEnd").GetDouble().ShouldBe((toRuling + 29) / 2.0, "the ruling after 3009 days and the closure after 29, both between exact days");
    }

    [Fact]
    public async Task The_restricted_case_proceeding_is_counted_only_for_those_who_may_see_it()
    {
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);
        (await CountedAsync(admin)).ShouldBe(1);
        (await CountedAsync(researcher)).ShouldBe(0);
    }

    private static async Task<int> CountedAsync(HttpClient client)
    {
        using var statistics = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/statistics?country=TJ", UriKind.Relative)));
        return statistics.RootElement.GetProperty("proceedingsByInstitution").EnumerateArray().Sum(p => p.GetProperty("proceedings").GetInt32());
    }

    private async Task<Guid> AddStepAsync(HttpClient client, Guid proceedingId, string kind, string date, string? times = null, Guid? after = null, string? court = null, string? instance = null, string? outcome = null)
    {
        var form = await client.GetPageAsync($"/Steps/Create/{proceedingId}");
        var values = new Dictionary<string, string> { ["Input.KindId"] = form.OptionValue("Input.KindId", kind), ["Input.Date"] = date };
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                values[name] = value;
            }
        }

        Add("Input.Times", times);
        Add("Input.DateAfterId", after?.ToString());
        Add("Input.CourtId", court is null ? null : form.OptionValue("Input.CourtId", court));
        Add("Input.Instance", instance);
        Add("Input.Outcome", outcome);
        using var saved = await client.SubmitAsync(form, values);
        saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/Cases/Details/", customMessage: $"the step \"{kind}\" was saved");
        return await app.Factory.QueryAsync(db => db.ProceedingSteps.Where(s => s.ProceedingId == proceedingId && s.Date.Text == date).Select(s => s.Id).SingleAsync());
    }
}
