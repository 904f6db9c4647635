using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Pages.Cases;

public class CaseDetailsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_demo_case_page_shows_the_whole_file_from_the_seed_documents()
    {
        app.Factory.Clock.SetToday(2026, 11, 22);
        var id = await app.Factory.CaseIdAsync("KG-2020-003");
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        var page = await client.GetPageAsync($"/Cases/Details/{id}");

        page.QuerySelector("h1")!.TextContent.ShouldBe("Karakol lawyer threatened, detained and prosecuted after exposing torture");
        page.QuerySelector("#people-heading + ul")!.TextContent.ShouldContain("Kamil Ruziev");
        var incidentDates = page.QuerySelectorAll("article.incident .record-date").Select(e => e.TextContent).ToList();
        incidentDates.Count.ShouldBe(18);
        incidentDates.Take(5).ShouldBe(["2017-2018", "10 June 2019", "12-14 June 2019", "4 November 2019", "2020"]);
        page.QuerySelector(".date-disagreement")!.TextContent.ShouldContain("also given as 10-12 June 2019");
        page.QuerySelectorAll("article.complaint").Length.ShouldBe(13);
        page.QuerySelectorAll("ol.sources li").Length.ShouldBe(2);
    }

    [Fact]
    public async Task A_complaint_without_a_reply_shows_how_far_the_sources_know_the_silence_and_answered_ones_show_their_outcome()
    {
        app.Factory.Clock.SetToday(2026, 11, 22);
        var id = await app.Factory.CaseIdAsync("KG-2020-003");
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        var page = await client.GetPageAsync($"/Cases/Details/{id}");

        var un = page.QuerySelectorAll("article.complaint").Single(a => a.TextContent.Contains("Joint communication of UN experts", StringComparison.Ordinal));
        // Filed 4 October 2021, due 60 days later; the case's newest source is that communication itself, so
        // nothing is known of a reply after that day: no 1,875 days of silence that no source claims.
        un.ClassList.ShouldContain("status-nonewssincedue");
        un.QuerySelector(".complaint-status")!.TextContent.Trim().ShouldBe("No reply known as of 4 October 2021 (0 days after filing; due 3 December 2021)");
        var threats = page.QuerySelectorAll("article.complaint").Single(a => a.TextContent.Contains("Investigate the death threats", StringComparison.Ordinal));
        threats.ClassList.ShouldContain("status-overdue");
        threats.QuerySelector(".complaint-status")!.TextContent.Trim().ShouldBe("No reply known as of 4 October 2021 (845 days after filing; due 12 July 2019)");
        var military = page.QuerySelectorAll("article.complaint").Single(a => a.TextContent.Contains("Military Prosecutor", StringComparison.Ordinal));
        military.QuerySelector(".complaint-status")!.TextContent.Trim().ShouldBe("Answered: Rejected");
        military.QuerySelector(".responses")!.TextContent.ShouldContain("1 March 2021");
    }

    [Fact]
    public async Task A_researcher_sees_confidential_sources_withheld_and_a_caseworker_sees_them()
    {
        var restricted = await app.Factory.CaseIdAsync("TJ-2024-002");
        await app.Factory.QueryAsync(async db =>
        {
            var source = db.Sources.Single(s => s.CaseId == restricted);
            var open = await db.Cases.FindAsync(await app.Factory.CaseIdAsync("KZ-2023-011"));
            db.Sources.Add(new CaseTracker.Domain.Sources.Source(open!.Id, "Name of a protected witness (canary-3141)", CaseTracker.Domain.Sources.SourceKind.Person));
            await db.SaveChangesAsync();
            var added = db.Sources.Single(s => s.Title.Contains("canary-3141"));
            added.Describe(added.Title, added.Kind, "canary-publisher-3141", null, null, null, CaseTracker.Domain.Sources.Reliability.High, isConfidential: true, null);
            return await db.SaveChangesAsync();
        });
        var id = await app.Factory.CaseIdAsync("KZ-2023-011");
        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);

        var forResearcher = await (await researcher.GetAsync(new Uri($"/Cases/Details/{id}", UriKind.Relative))).Content.ReadAsStringAsync();
        var forCaseworker = await (await caseworker.GetAsync(new Uri($"/Cases/Details/{id}", UriKind.Relative))).Content.ReadAsStringAsync();

        forResearcher.ShouldNotContain("canary-3141");
        forResearcher.ShouldContain("Confidential source");
        forCaseworker.ShouldContain("canary-3141");
    }
}
