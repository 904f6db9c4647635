using System.Text.Json;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Timeline;

public class TimelineTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<JsonElement[]> EntriesAsync(HttpClient client, Guid caseId, string query = "")
    {
        using var response = await client.GetAsync(new Uri($"/api/v1/cases/{caseId}/timeline{query}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    [Fact]
    public async Task The_demo_timeline_reads_in_order_with_every_known_silence_marked_at_its_due_date()
    {
        app.Factory.Clock.SetToday(2026, 11, 22);
        var caseId = await app.Factory.CaseIdAsync("KG-2020-003");
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        var entries = await EntriesAsync(client, caseId);

        var lines = entries.Select(e => $"{e.GetProperty("dateText").GetString()} {e.GetProperty("kind").GetString()}").ToList();
        // The appeal dated only "2019-2020" may have been filed on 1 January 2019, so it comes before 10 June.
        lines.Take(7).ShouldBe(["2017-2018 incident", "2019-2020 complaint", "10 June 2019 incident", "12 June 2019 complaint", "12-14 June 2019 incident", "14 June 2019 complaint", "12 July 2019 silence"]);
        entries.Count(e => e.GetProperty("kind").GetString() == "silence").ShouldBe(5, "of the seven complaints never answered, five were due before the newest source (4 October 2021)");
        entries.Where(e => e.GetProperty("kind").GetString() == "complaint").Count(e => e.GetProperty("status").GetString() == "NoNewsSinceDue").ShouldBe(2);
        var earliest = entries.Select(e => e.GetProperty("earliest").GetDateTime()).ToList();
        earliest.ShouldBe(earliest.Order().ToList(), "entries come earliest day first");
        var silence = entries.First(e => e.GetProperty("kind").GetString() == "silence");
        silence.GetProperty("status").GetString().ShouldBe("Overdue");
        silence.GetProperty("daysOfSilence").GetInt32().ShouldBe(845, "from 12 June 2019 to the newest source, not to today");
        silence.GetProperty("silenceKnownAsOf").GetString().ShouldBe("2021-10-04");
    }

    [Fact]
    public async Task The_uzbek_demo_case_reads_in_the_reports_order_with_every_date_as_the_report_gives_it()
    {
        app.Factory.Clock.SetToday(2026, 11, 22);
        var caseId = await app.Factory.CaseIdAsync("UZ-2021-007");
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        var entries = await EntriesAsync(client, caseId);

        entries.Select(e => e.GetProperty("dateText").GetString()).ShouldBe([
            "September 2011-2015", "2016?", "spring 2018", "May 2018", "early March 2021", "the night of 12 March 2021",
            "about 22:00 on 13 March 2021", "2021", "since 14 March 2021", "15 March 2021", "a week later (c. 20 March 2021)", "early April 2021",
            "before 5 May 2021", "3 June 2021", "before 9 October 2021"], "the complaint dated only \"2021\" comes after the detention it is about");
        var ongoing = entries.Single(e => e.GetProperty("dateText").GetString() == "since 14 March 2021");
        ongoing.GetProperty("edtf").GetString().ShouldBe("2021-03-14/..");
        ongoing.GetProperty("latest").ValueKind.ShouldBe(JsonValueKind.Null, "an ongoing detention has no invented end");
        var released = entries[10];
        released.GetProperty("edtf").GetString().ShouldBe("2021-03-20~");
        released.GetProperty("incident").GetProperty("date").GetProperty("relative").GetBoolean().ShouldBeTrue();
        entries[13].GetProperty("kind").GetString().ShouldBe("silence", "the petition filed before 5 May is due 30 days after its last possible day");
        entries[13].GetProperty("daysOfSilence").GetInt32().ShouldBe(158, "from 4 May 2021 to the NGO overview of 9 October 2021");
    }

    [Fact]
    public async Task At_the_same_earliest_day_the_more_precise_and_shorter_entry_comes_first_and_two_loads_agree()
    {
        var caseId = await app.Factory.QueryAsync(async db =>
        {
            var terms = await db.VocabularyTerms.ToDictionaryAsync(t => (t.Vocabulary, t.Code), t => t.Id);
            var institution = await db.Institutions.FirstAsync();
            var file = new CaseFile("TL-ORDER", "Timeline order", "AM", DateTimeOffset.UtcNow);
            // Added in an order that is none of the expected ones.
            db.AddRange(
                file,
                new Incident(file.Id, "Month, approximate", PartialDate.Parse("c. March 2019")),
                new Incident(file.Id, "Range of days", PartialDate.Parse("1-5 March 2019")),
                new Incident(file.Id, "Long range of days", PartialDate.Between(PartialDate.Day(2019, 3, 1), PartialDate.Day(2019, 4, 15))),
                new Incident(file.Id, "Month", PartialDate.Parse("March 2019")),
                new Complaint(file.Id, terms[(Vocabulary.ComplaintKind, "complaint")], institution.Id, PartialDate.Parse("1 March 2019"), "Complaint on the day", 30),
                new Incident(file.Id, "Year", PartialDate.Parse("2019")),
                new Incident(file.Id, "Day", PartialDate.Parse("1 March 2019")),
                new Incident(file.Id, "Range of years", PartialDate.Parse("2018-2020")),
                new Incident(file.Id, "Later day", PartialDate.Parse("2 March 2019")));
            await db.SaveChangesAsync();
            return file.Id;
        });
        app.Factory.Clock.SetToday(2019, 3, 10);
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Admin);

        var first = (await EntriesAsync(client, caseId)).Select(e => e.GetProperty("title").GetString()).ToList();
        var second = (await EntriesAsync(client, caseId)).Select(e => e.GetProperty("title").GetString()).ToList();

        // Earliest possible day first (the 2018-2020 range may be from 1 January 2018); on 1 March 2019 the
        // single day, then the complaint of that day (incidents before complaints), then the day-precise
        // ranges, shorter first, even the one that ends after March; then the two month-precision entries,
        // the exact month before "about March" (PartialDate's order, the one the case page and statistics use).
        first.ShouldBe(["Range of years", "Year", "Day", "Complaint on the day", "Range of days", "Long range of days", "Month", "Month, approximate", "Later day"]);
        second.ShouldBe(first, "the order never changes between two loads");
        var page = await client.GetPageAsync($"/Cases/{caseId}/Timeline");
        page.QuerySelectorAll("ol.timeline > li span").Select(s => s.TextContent).ShouldBe(first);
    }

    [Fact]
    public async Task A_response_says_after_how_many_days_and_an_unanswered_complaint_with_recent_news_counts_its_silence_to_today()
    {
        var (caseId, answered, silent) = await app.Factory.QueryAsync(async db =>
        {
            var terms = await db.VocabularyTerms.ToDictionaryAsync(t => (t.Vocabulary, t.Code), t => t.Id);
            var institution = await db.Institutions.FirstAsync();
            var file = new CaseFile("TL-1", "Timeline arithmetic", "AM", DateTimeOffset.UtcNow);
            var first = new Complaint(file.Id, terms[(Vocabulary.ComplaintKind, "complaint")], institution.Id, PartialDate.Parse("1 March 2024"), "Answered one", 30);
            first.RecordResponse(PartialDate.Parse("15 April 2024"), terms[(Vocabulary.ResponseOutcome, "rejected")], null);
            var second = new Complaint(file.Id, terms[(Vocabulary.ComplaintKind, "complaint")], institution.Id, PartialDate.Parse("1 January 2024"), "Silent one", 30);
            var news = new Source(file.Id, "Lawyer's statement", SourceKind.NgoStatement);
            news.Describe(news.Title, news.Kind, null, PartialDate.Parse("20 February 2024"), null, null, Reliability.High, false, null);
            db.AddRange(file, first, second, news);
            await db.SaveChangesAsync();
            return (file.Id, first.Id, second.Id);
        });
        app.Factory.Clock.SetToday(2024, 3, 1);
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Admin);

        var entries = await EntriesAsync(client, caseId);

        var response = entries.Single(e => e.GetProperty("kind").GetString() == "response");
        response.GetProperty("daysAfterFiling").GetInt32().ShouldBe(45);
        response.GetProperty("links").EnumerateArray().Select(l => l.GetGuid()).ShouldBe([answered]);
        var mark = entries.Single(e => e.GetProperty("kind").GetString() == "silence");
        mark.GetProperty("dateText").GetString().ShouldBe("31 January 2024");
        mark.GetProperty("daysOfSilence").GetInt32().ShouldBe(60);
        mark.GetProperty("links").EnumerateArray().Select(l => l.GetGuid()).ShouldBe([silent]);
        var page = await client.GetPageAsync($"/Cases/{caseId}/Timeline");
        page.QuerySelector($"#silence-{silent} small")!.TextContent.ShouldContain("no reply for 60 days so far");
    }

    [Fact]
    public async Task The_overview_draws_every_record_every_answer_and_every_silence_with_plain_coordinates()
    {
        app.Factory.Clock.SetToday(2026, 11, 22);
        var caseId = await app.Factory.CaseIdAsync("KG-2020-003");
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        var page = await client.GetPageAsync($"/Cases/{caseId}/Timeline");

        var svg = page.QuerySelector("svg.timeline-overview")!;
        svg.QuerySelector("title")!.TextContent.ShouldBe("Overview of the timeline");
        svg.QuerySelectorAll("rect.r").Length.ShouldBe(6, "one mark per response");
        svg.QuerySelectorAll("line.l").Length.ShouldBe(6, "one line from each answered complaint to its response");
        svg.QuerySelectorAll("line.s").Length.ShouldBeGreaterThanOrEqualTo(5, "each of the five silences known past their due date, plus any late answer");
        foreach (var mark in svg.QuerySelectorAll("rect, line"))
        {
            foreach (var coordinate in new[] { "x", "width", "x1", "x2" }.Select(mark.GetAttribute).OfType<string>())
            {
                coordinate.ShouldMatch(@"^\d+(\.\d)?$");
            }
        }
    }

    [Fact]
    public async Task Titles_and_places_are_encoded_in_the_list()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        await app.Factory.QueryAsync(async db =>
        {
            db.Add(new Incident(caseId, "<script>alert('x')</script> & \"quotes\"", PartialDate.Parse("3 March 2023")));
            return await db.SaveChangesAsync();
        });
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        using var response = await client.GetAsync(new Uri($"/Cases/{caseId}/Timeline", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        html.ShouldNotContain("<script>alert");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        page.QuerySelectorAll("ol.timeline > li span").Select(s => s.TextContent).ShouldContain("<script>alert('x')</script> & \"quotes\"");
    }

    [Fact]
    public async Task Each_filter_narrows_the_timeline_and_lives_in_the_url()
    {
        var caseId = await app.Factory.CaseIdAsync("KG-2020-003");
        var deathThreat = await app.Factory.QueryAsync(db => db.VocabularyTerms.Where(t => t.Code == "death_threat").Select(t => t.Id).SingleAsync());
        var cityCourt = await app.Factory.QueryAsync(db => db.Institutions.Where(i => i.Name == "Karakol City Court").Select(i => i.Id).SingleAsync());
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        var responses = await EntriesAsync(client, caseId, "?kind=Response");
        var threats = await EntriesAsync(client, caseId, $"?type={deathThreat}");
        var court = await EntriesAsync(client, caseId, $"?institution={cityCourt}");
        var withoutContext = await EntriesAsync(client, caseId, "?hideContext=true");
        var all = await EntriesAsync(client, caseId);

        responses.ShouldAllBe(e => e.GetProperty("kind").GetString() == "response");
        responses.Length.ShouldBe(6);
        threats.Where(e => e.GetProperty("kind").GetString() == "incident").Select(e => e.GetProperty("dateText").GetString())
            .ShouldBe(["10 June 2019", "12-14 June 2019", "4 November 2019"]);
        threats.ShouldContain(e => e.GetProperty("title").GetString() == "Investigate the death threats");
        court.ShouldNotBeEmpty();
        court.ShouldAllBe(e => e.GetProperty("kind").GetString() != "incident" || e.GetProperty("title").GetString()!.Contains("house arrest", StringComparison.Ordinal));
        (all.Length - withoutContext.Length).ShouldBe(2, "the two context events (the publicised torture case, the ten-day hospital stay) are hidden");

        var page = await client.GetPageAsync($"/Cases/{caseId}/Timeline?kind=Response&hideContext=true");
        page.QuerySelectorAll("ol.timeline > li").Length.ShouldBe(6);
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#kind")!.Value.ShouldBe("Response");
        page.QuerySelectorAll("#kind option").Select(o => o.GetAttribute("value")).Where(v => v?.Length > 0)
            .ShouldBe(Web.Pages.Timeline.TimelineKinds.Filterable.Select(k => k.Kind.ToString()), "the filter offers each declared kind that is not shown with another");
    }

    [Fact]
    public async Task The_json_entries_carry_the_documented_fields()
    {
        var caseId = await app.Factory.CaseIdAsync("KG-2020-003");
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        var complaint = (await EntriesAsync(client, caseId)).First(e => e.GetProperty("title").GetString() == "Investigate the death threats");

        foreach (var field in new[] { "kind", "id", "title", "dateText", "edtf", "earliest", "latest", "precision", "status", "links", "sources" })
        {
            complaint.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        complaint.GetProperty("edtf").GetString().ShouldBe("2019-06-12");
        complaint.GetProperty("precision").GetString().ShouldBe("day");
    }

    [Fact]
    public async Task The_timeline_of_a_restricted_case_answers_404_to_a_researcher_on_the_page_the_exports_and_the_api()
    {
        var caseId = await app.Factory.CaseIdAsync("TJ-2024-002");
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        foreach (var url in new[] { $"/Cases/{caseId}/Timeline", $"/Cases/{caseId}/Timeline?handler=Csv", $"/Cases/{caseId}/Timeline?handler=Markdown", $"/api/v1/cases/{caseId}/timeline" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound, url);
        }
    }

    [Fact]
    public async Task The_exports_give_the_date_as_text_and_as_edtf_and_neutralise_formulas()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        await app.Factory.QueryAsync(async db =>
        {
            var terms = await db.VocabularyTerms.ToDictionaryAsync(t => (t.Vocabulary, t.Code), t => t.Id);
            var incident = new Incident(caseId, "=HYPERLINK(\"http://evil.example\",\"click\")", PartialDate.Parse("c. 2022"));
            incident.Classify([terms[(Vocabulary.IncidentType, "raid")]]);
            db.Add(incident);
            return await db.SaveChangesAsync();
        });
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        var csv = await client.GetStringAsync(new Uri($"/Cases/{caseId}/Timeline?handler=Csv", UriKind.Relative));
        var markdown = await client.GetStringAsync(new Uri($"/Cases/{caseId}/Timeline?handler=Markdown", UriKind.Relative));

        csv.ShouldContain("c. 2022,2022~,2022-01-01,2022-12-31,year,incident,Incident,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
        csv.ShouldContain("March 2023,2023-03,");
        markdown.ShouldContain("## 2023");
        markdown.ShouldContain("- **March 2023** (2023-03) Incident: Smear articles on pro-government sites");
        markdown.ShouldContain("[^1]: Interview with the journalist (fictional)");
    }
}
