using System.Net;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.People;

public class PeopleTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_caseworker_adds_a_person_with_other_names_and_finds_them_by_any_name()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await client.GetPageAsync($"/People/Create/{caseId}");

        using var added = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Role"] = "Lawyer",
            ["Input.Name"] = "Dana Testbekova (fictional)",
            ["Input.OtherNames"] = "Дана Тестбекова\nDana Testbekova",
            ["Input.BirthYear"] = "1978",
            ["Input.BirthYearApproximate"] = "true",
        });

        added.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{caseId}");
        (await HtmlPages.ReadAsync(added)).QuerySelector("#people-heading + ul")!.TextContent.ShouldContain("Dana Testbekova (fictional)");
        var found = await client.GetPageAsync("/People?q=" + Uri.EscapeDataString("тестбек"));
        found.QuerySelectorAll(".people-list a").Select(a => a.TextContent).ShouldBe(["Dana Testbekova (fictional)"]);
        var person = await client.GetPageAsync(found.QuerySelector(".people-list a")!.GetAttribute("href")!);
        person.QuerySelector("main")!.TextContent.ShouldContain("c. 1978");
        person.QuerySelector("main ul")!.TextContent.ShouldContain("KZ-2023-011");
    }

    [Fact]
    public async Task A_person_only_in_a_restricted_case_does_not_exist_for_a_researcher()
    {
        var activist = await app.Factory.QueryAsync(db => db.Persons.Where(p => p.Name.StartsWith("Farrukh")).Select(p => p.Id).SingleAsync());
        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        using var page = await researcher.GetAsync(new Uri($"/People/Details/{activist}", UriKind.Relative));
        var list = await researcher.GetPageAsync("/People?q=farrukh");

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        list.QuerySelectorAll(".people-list a").ShouldBeEmpty();
    }

    [Fact]
    public async Task Contact_details_and_security_notes_are_shown_to_the_assigned_caseworker_only()
    {
        var activist = await app.Factory.QueryAsync(db => db.Persons.Where(p => p.Name.StartsWith("Farrukh")).Select(p => p.Id).SingleAsync());
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);

        var page = await caseworker.GetPageAsync($"/People/Details/{activist}");

        page.QuerySelector(".confidential")!.TextContent.ShouldContain("never name the second one");
    }

    [Fact]
    public async Task A_researcher_sees_no_confidential_fields_of_a_person_in_a_standard_case()
    {
        var journalist = await app.Factory.QueryAsync(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Name.StartsWith("Aigerim"));
            person.SetConfidential("canary-contact-2718", "canary-security-2718");
            await db.SaveChangesAsync();
            return person.Id;
        });
        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        var html = await (await researcher.GetAsync(new Uri($"/People/Details/{journalist}", UriKind.Relative))).Content.ReadAsStringAsync();

        html.ShouldContain("Aigerim");
        html.ShouldNotContain("canary-contact-2718");
        html.ShouldNotContain("canary-security-2718");
    }

    [Fact]
    public async Task A_source_added_through_the_form_is_listed_and_a_bad_link_is_refused_next_to_the_field()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await client.GetPageAsync($"/Sources/Create/{caseId}");

        using var refused = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Court ruling",
            ["Input.Url"] = "javascript:alert(1)",
        });
        var refusedPage = await HtmlPages.ReadAsync(refused);
        refusedPage.QuerySelector("#url-error")!.TextContent.ShouldBe("Enter a web address starting with https:// or http://.");

        using var added = await client.SubmitAsync(refusedPage, new Dictionary<string, string>
        {
            ["Input.Url"] = "https://example.org/ruling",
            ["Input.PublishedOn"] = "March 2023",
            ["Input.Kind"] = "Document",
        });
        var casePage = await HtmlPages.ReadAsync(added);
        casePage.QuerySelector("ol.sources")!.TextContent.ShouldContain("Court ruling");
        casePage.QuerySelector("ol.sources")!.TextContent.ShouldContain("March 2023");
    }
}
