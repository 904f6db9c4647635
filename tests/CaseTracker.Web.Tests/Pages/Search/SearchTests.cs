using System.Net;
using System.Text.Json;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Search;

/// <summary>The search page and its API against the demo data, read as a researcher unless a test says otherwise.</summary>
public class SearchTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string DemoCase = "KG-2020-003";

    [Theory]
    [InlineData("Ruziev")]
    [InlineData("Ruziyev")]
    [InlineData("Рузиев")]
    [InlineData("Ruzijev")]
    [InlineData("Ruziew")]
    [InlineData("Kamilzhan")]
    [InlineData("Камилжан Рузиев")]
    [InlineData("ruzíev")]
    public async Task A_name_is_found_in_any_spelling_script_alias_or_with_a_typo(string typed)
    {
        var hits = await HitsAsync(Visitor.Researcher, $"q={Uri.EscapeDataString(typed)}");

        hits.ShouldContain(h => h.Kind == "person" && h.Title == "Kamil Ruziev", typed);
    }

    [Fact]
    public async Task A_name_that_is_not_there_finds_no_one()
    {
        var hits = await HitsAsync(Visitor.Researcher, "q=Petrova");

        hits.ShouldNotContain(h => h.Kind == "person");
    }

    [Fact]
    public async Task Quotes_match_a_phrase_and_only_in_that_order()
    {
        var phrase = await HitsAsync(Visitor.Researcher, "q=" + Uri.EscapeDataString("\"police investigator\""));
        var reversed = await HitsAsync(Visitor.Researcher, "q=" + Uri.EscapeDataString("\"investigator police\""));

        phrase.ShouldContain(h => h.Kind == "case" && h.CaseReference == DemoCase);
        reversed.ShouldNotContain(h => h.Kind == "case");
    }

    [Fact]
    public async Task A_minus_sign_leaves_out_records_with_that_word()
    {
        var all = await HitsAsync(Visitor.Researcher, "q=court");
        var without = await HitsAsync(Visitor.Researcher, "q=" + Uri.EscapeDataString("court -forgery"));

        var withForgery = await app.Factory.QueryAsync(db => db.Incidents.Where(i => i.Narrative!.Contains("forgery") || i.Title.Contains("orgery")).Select(i => i.Id).ToListAsync());
        all.Where(h => h.Kind == "incident").Select(h => h.Id).Intersect(withForgery).ShouldNotBeEmpty("the word alone finds incidents that mention forgery");
        without.Where(h => h.Kind == "incident").ShouldNotBeEmpty();
        without.Select(h => h.Id).Intersect(withForgery).ShouldBeEmpty();
    }

    [Fact]
    public async Task Or_between_words_finds_either()
    {
        var either = await HitsAsync(Visitor.Researcher, "q=" + Uri.EscapeDataString("hospitalised or forgery"));

        either.ShouldContain(h => h.Title.Contains("Hospitalised", StringComparison.Ordinal));
        either.ShouldContain(h => h.Title.Contains("forgery", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Filters_narrow_to_incidents_of_that_type_perpetrator_verification_institution_country_and_status()
    {
        var (deathThreat, police, cityPolice) = await app.Factory.QueryAsync(async db => (
            await db.VocabularyTerms.Where(t => t.Vocabulary == Vocabulary.IncidentType && t.Code == "death_threat").Select(t => t.Id).SingleAsync(),
            await db.VocabularyTerms.Where(t => t.Vocabulary == Vocabulary.PerpetratorType && t.Code == "police").Select(t => t.Id).SingleAsync(),
            await db.Complaints.Where(c => db.Cases.Any(k => k.Id == c.CaseId && k.Reference == DemoCase)).Select(c => c.InstitutionId).FirstAsync()));

        var byType = await HitsAsync(Visitor.Researcher, $"type={deathThreat}");
        var byPerpetrator = await HitsAsync(Visitor.Researcher, $"perpetrator={police}&country=KG");
        var byVerification = await HitsAsync(Visitor.Researcher, "verification=Alleged&status=Monitoring&country=KZ");
        var byInstitution = await HitsAsync(Visitor.Researcher, $"institution={cityPolice}");
        var elsewhere = await HitsAsync(Visitor.Researcher, $"type={deathThreat}&country=KZ");

        var withType = await app.Factory.QueryAsync(db => db.Incidents.Where(i => i.Types.Any(t => t.TermId == deathThreat)).Select(i => i.Id).ToListAsync());
        byType.Select(h => h.Id).ShouldBe(withType, ignoreOrder: true);
        byPerpetrator.ShouldNotBeEmpty();
        byPerpetrator.ShouldAllBe(h => h.Kind == "incident" && h.CaseReference == DemoCase);
        byVerification.ShouldNotBeEmpty();
        byVerification.ShouldAllBe(h => h.Kind == "incident" && h.CaseReference!.StartsWith("KZ", StringComparison.Ordinal));
        byInstitution.ShouldContain(h => h.Kind == "complaint");
        byInstitution.ShouldAllBe(h => h.Kind == "incident" || h.Kind == "complaint" || h.Kind == "response");
        elsewhere.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_date_range_matches_partial_dates_that_may_fall_in_it()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        var ids = await app.Factory.QueryAsync(async db =>
        {
            Incident Add(string date, string title)
            {
                var incident = new Incident(caseId, title, PartialDate.Parse(date));
                incident.Classify([db.VocabularyTerms.First(t => t.Vocabulary == Vocabulary.IncidentType).Id]);
                db.Incidents.Add(incident);
                return incident;
            }

            var range = Add("2016-2018", "Overlapword range across years");
            var month = Add("March 2018", "Overlapword month");
            var before = Add("c. 2015", "Overlapword before");
            var after = Add("1 January 2019", "Overlapword after");
            await db.SaveChangesAsync();
            return (range.Id, month.Id, before.Id, after.Id);
        });

        var hits = await HitsAsync(Visitor.Researcher, "q=overlapword&from=" + Uri.EscapeDataString("February 2018") + "&to=" + Uri.EscapeDataString("June 2018"));

        hits.Select(h => h.Id).ShouldBe([ids.Item1, ids.Item2], ignoreOrder: true);
    }

    [Theory]
    [InlineData(Visitor.Researcher)]
    [InlineData(Visitor.UnassignedCaseworker)]
    public async Task Restricted_records_are_not_in_results_or_counts_for_those_who_may_not_see_them(Visitor visitor)
    {
        var ids = await app.Factory.RestrictedCaseIdsAsync();
        var restricted = await RestrictedRecordIdsAsync(ids.Case);
        foreach (var query in new[] { "q=travel", "q=airport", "q=activist", "country=TJ", "q=" + Uri.EscapeDataString("Fictional activist") })
        {
            var (hits, count) = await SearchAsync(visitor, query);
            hits.Select(h => h.Id).Intersect(restricted).ShouldBeEmpty(query);
            count.ShouldBe(hits.Count, query);
        }

        var (forAssigned, _) = await SearchAsync(Visitor.AssignedCaseworker, "q=airport");
        forAssigned.Select(h => h.Id).Intersect(restricted).ShouldNotBeEmpty("the assigned caseworker finds them, so the words do match");
    }

    [Fact]
    public async Task Pages_follow_each_other_without_gaps_or_repeats_and_the_count_is_capped()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        await app.Factory.QueryAsync(async db =>
        {
            var type = await db.VocabularyTerms.Where(t => t.Vocabulary == Vocabulary.IncidentType).Select(t => t.Id).FirstAsync();
            for (var n = 0; n < 1005; n++)
            {
                var incident = new Incident(caseId, $"Capword incident {n}", PartialDate.Parse("2020"));
                incident.Classify([type]);
                db.Incidents.Add(incident);
            }

            return await db.SaveChangesAsync();
        });
        using var client = await app.Factory.ClientForAsync(Visitor.Researcher);

        var first = await client.GetPageAsync("/Search?q=capword");
        first.QuerySelector("[role=status]")!.TextContent.ShouldContain("More than 200 results", Case.Sensitive, "past 200 the page asks for a narrower search (issue 17)");
        var seen = new List<string>();
        string? next = "/Search?q=capword";
        while (next is not null && seen.Count < 200)
        {
            var page = await client.GetPageAsync(next);
            seen.AddRange(page.QuerySelectorAll("ol.search-results li a").Select(a => a.TextContent.Trim()));
            next = page.QuerySelector("a.btn-outline-secondary[href*='after=']")?.GetAttribute("href");
        }

        seen.Count.ShouldBe(200);
        seen.Distinct().Count().ShouldBe(200);
    }

    [Fact]
    public async Task Any_query_of_any_shape_or_length_answers_without_an_error()
    {
        string[] hostile =
        [
            "'", "\"", "\"unclosed phrase", "''", "!!", "&|<->", "a:*", "!(a & b)", "' OR 1=1 --", "); DROP TABLE cases; --",
            "\\", "%_%", "-", "--", "or", "or or or", "- -x", "\"\"", "<script>alert(1)</script>", "\0nul", "Рузиев & | !",
            "𝕏 emoji 🙂", "\u202Eright-to-left", "a" + new string(' ', 500) + "b", new string('x', 10_000), string.Join(' ', Enumerable.Repeat("-a", 3000)),
        ];
        using var client = await app.Factory.ClientForAsync(Visitor.Researcher);
        var failures = new List<string>();
        foreach (var query in hostile)
        {
            var escaped = Uri.EscapeDataString(query);
            foreach (var url in new[] { $"/Search?q={escaped}", $"/api/v1/search?q={escaped}", $"/Search?q={escaped}&from={escaped}&type={escaped}&after={escaped}" })
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{(int)response.StatusCode} for {url[..Math.Min(url.Length, 80)]}");
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_the_first_twelve_words_are_searched_and_the_page_says_so()
    {
        var twelve = string.Join(' ', Enumerable.Repeat("court", 12));
        // A thirteenth word that would leave out every record found by the first twelve.
        var thirteen = twelve + " -court";

        var found = await HitsAsync(Visitor.Researcher, "q=" + Uri.EscapeDataString(twelve));
        var cut = await HitsAsync(Visitor.Researcher, "q=" + Uri.EscapeDataString(thirteen));

        found.ShouldContain(h => h.Kind != "person", "the twelve words find records by their text");
        cut.ShouldBe(found, "the thirteenth word is not searched");
        using var client = await app.Factory.ClientForAsync(Visitor.Researcher);
        var page = await client.GetPageAsync("/Search?q=" + Uri.EscapeDataString(thirteen));
        page.QuerySelector("#q")!.GetAttribute("value").ShouldBe(twelve);
        page.QuerySelectorAll("[role=status]").Select(s => s.TextContent.Trim()).ShouldContain("Only the first 12 words were searched.");
        var whole = await client.GetPageAsync("/Search?q=" + Uri.EscapeDataString(twelve));
        whole.QuerySelectorAll("[role=status]").Select(s => s.TextContent.Trim()).ShouldNotContain("Only the first 12 words were searched.");
    }

    [Fact]
    public async Task The_page_encodes_what_was_typed_and_lists_hits_with_their_case()
    {
        using var client = await app.Factory.ClientForAsync(Visitor.Researcher);

        using var response = await client.GetAsync(new Uri("/Search?q=" + Uri.EscapeDataString("<b>Karakol</b>"), UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlPages.ReadAsync(response);

        var found = await client.GetPageAsync("/Search?q=Karakol");

        html.ShouldNotContain("<b>Karakol</b>");
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input#q")!.Value.ShouldBe("<b>Karakol</b>");
        found.QuerySelectorAll("ol.search-results li").ShouldContain(li => li.TextContent.Contains(DemoCase, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("пытки", "Пытка в изоляторе (search fixture)")]
    [InlineData("пытки", "Жалобы на применение пыток (search fixture)")]
    [InlineData("пытка", "Жалобы на применение пыток (search fixture)")]
    [InlineData("threats", "He was threatened by the investigator (search fixture)")]
    [InlineData("Каракол", "Searched at home (search fixture)")]
    [InlineData("Bishkek", "Задержан на площади (search fixture)")]
    public async Task Words_are_found_in_their_other_forms_and_places_in_the_other_script(string typed, string title)
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        await app.Factory.QueryAsync(async db =>
        {
            if (await db.Incidents.AnyAsync(i => i.Title.EndsWith("(search fixture)")))
            {
                return 0;
            }

            var type = await db.VocabularyTerms.Where(t => t.Vocabulary == Vocabulary.IncidentType).Select(t => t.Id).FirstAsync();
            void Add(string incidentTitle, string? place = null)
            {
                var incident = new Incident(caseId, incidentTitle, PartialDate.Parse("2019"));
                incident.Describe(incidentTitle, null, incident.Date, place, null);
                incident.Classify([type]);
                db.Incidents.Add(incident);
            }

            Add("Пытка в изоляторе (search fixture)");
            Add("Жалобы на применение пыток (search fixture)");
            Add("He was threatened by the investigator (search fixture)");
            Add("Death threats by telephone (search fixture)");
            Add("Searched at home (search fixture)", "Karakol");
            Add("Задержан на площади (search fixture)", "Бишкек");
            return await db.SaveChangesAsync();
        });

        var hits = await HitsAsync(Visitor.Researcher, "q=" + Uri.EscapeDataString(typed));

        hits.ShouldContain(h => h.Kind == "incident" && h.Title == title, $"{typed} finds {title}");
    }

    [Fact]
    public async Task Proceedings_and_their_steps_are_found_by_their_words_and_never_from_a_case_the_reader_may_not_see()
    {
        var byTitle = await HitsAsync(Visitor.Researcher, "q=" + Uri.EscapeDataString("investigation death custody"));
        var byOutcome = await HitsAsync(Visitor.Researcher, "q=convicted");
        var restrictedByResearcher = await HitsAsync(Visitor.Researcher, "q=" + Uri.EscapeDataString("inquiry travel ban"));
        var restrictedByAdmin = await HitsAsync(Visitor.Admin, "q=" + Uri.EscapeDataString("inquiry travel ban"));

        byTitle.ShouldContain(h => h.Kind == "proceeding" && h.CaseReference == "KZ-2022-019" && h.Title == "Criminal investigation into the death in custody (fictional)");
        byOutcome.ShouldContain(h => h.Kind == "step" && h.CaseReference == "KZ-2022-019", "the ruling's outcome is searched");
        restrictedByResearcher.ShouldNotContain(h => h.Kind == "proceeding");
        restrictedByAdmin.ShouldContain(h => h.Kind == "proceeding" && h.CaseReference == "TJ-2024-002", "the same words find it for a reader who may see the case");

        using var client = await app.Factory.ClientForAsync(Visitor.Researcher);
        var page = await client.GetPageAsync("/Search?q=convicted");
        page.QuerySelectorAll("ol.search-results li a").Select(a => a.GetAttribute("href")).ShouldContain(href => href!.Contains("#step-", StringComparison.Ordinal));
    }

    private sealed record Hit(string Kind, Guid Id, string? CaseReference, string Title);

    private async Task<List<Hit>> HitsAsync(Visitor visitor, string query) => (await SearchAsync(visitor, query)).Hits;

    private async Task<(List<Hit> Hits, int Count)> SearchAsync(Visitor visitor, string query)
    {
        using var client = await app.Factory.ClientForAsync(visitor);
        using var response = await client.GetAsync(new Uri("/api/v1/search?" + query, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, query);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var hits = json.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => new Hit(h.GetProperty("kind").GetString()!, h.GetProperty("id").GetGuid(), h.GetProperty("caseReference").GetString(), h.GetProperty("title").GetString()!))
            .ToList();
        return (hits, json.RootElement.GetProperty("count").GetInt32());
    }

    private Task<List<Guid>> RestrictedRecordIdsAsync(Guid caseId) => app.Factory.QueryAsync(async db =>
    {
        var people = await db.Cases.Where(c => c.Id == caseId).SelectMany(c => c.Participants.Select(p => p.PersonId)).ToListAsync();
        var incidents = await db.Incidents.Where(i => i.CaseId == caseId).Select(i => i.Id).ToListAsync();
        var complaints = await db.Complaints.Where(c => c.CaseId == caseId).Select(c => c.Id).ToListAsync();
        return people.Concat(incidents).Concat(complaints).Append(caseId).ToList();
    });
}
