using System.Net;
using CaseTracker.Domain.Cases;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Pages.Cases;

public class CaseListTests(AppFixture app) : IClassFixture<AppFixture>
{
    internal static List<string> References(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table.case-list tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_caseworker_sees_standard_cases_and_the_restricted_case_assigned_to_them()
    {
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);

        var page = await client.GetPageAsync("/Cases");

        References(page).ShouldBe(["KG-2020-003", "KZ-2022-019", "KZ-2023-011", "TJ-2024-002", "UZ-2021-007"]);
    }

    [Fact]
    public async Task A_researcher_does_not_see_the_restricted_case_at_all()
    {
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        var page = await client.GetPageAsync("/Cases");

        References(page).ShouldBe(["KG-2020-003", "KZ-2022-019", "KZ-2023-011", "UZ-2021-007"]);
        page.Body!.TextContent.ShouldNotContain("Placeholderov");
        page.QuerySelectorAll("#country option").Select(o => o.GetAttribute("value")).ShouldNotContain("TJ");
        page.QuerySelector("a[href='/Cases/Create']").ShouldBeNull("researchers get no write links");
    }

    [Theory]
    [InlineData("?status=Monitoring", "KZ-2023-011")]
    [InlineData("?country=kg", "KG-2020-003")]
    [InlineData("?sensitivity=Restricted", "TJ-2024-002")]
    [InlineData("?q=karakol", "KG-2020-003")]
    [InlineData("?q=%25", "")]
    [InlineData("?status=NotAStatus&q=karakol", "KG-2020-003")]
    public async Task Filters_narrow_the_list_and_a_malformed_filter_is_ignored(string query, string expected)
    {
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Admin);

        var page = await client.GetPageAsync("/Cases" + query);

        string.Join(",", References(page)).ShouldBe(expected);
    }

    [Fact]
    public async Task A_restricted_case_page_answers_404_to_a_researcher_and_an_unknown_id_answers_404()
    {
        var restricted = await app.Factory.CaseIdAsync("TJ-2024-002");
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        using var hidden = await client.GetAsync(new Uri($"/Cases/Details/{restricted}", UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri($"/Cases/Details/{Guid.NewGuid()}", UriKind.Relative));

        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hidden.Content.ReadAsStringAsync()).ShouldNotContain("Placeholderov");
    }
}

/// <summary>Its own class, so the extra cases it adds stay in its own database.</summary>
public class CaseListPagingTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Paging_walks_every_case_once_in_reference_order()
    {
        await app.Factory.QueryAsync(async db =>
        {
            for (var i = 0; i < 120; i++)
            {
                db.Cases.Add(new CaseFile($"PG-{i:D3}", $"Paging case {i}", "AM", DateTimeOffset.UtcNow));
            }

            return await db.SaveChangesAsync();
        });
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Admin);

        var seen = new List<string>();
        var url = "/Cases?country=AM";
        for (var pages = 0; url is not null && pages < 10; pages++)
        {
            var page = await client.GetPageAsync(url);
            seen.AddRange(CaseListTests.References(page));
            url = page.QuerySelectorAll("nav[aria-label=Pages] a").FirstOrDefault(a => a.TextContent == "Next page")?.GetAttribute("href");
        }

        seen.Count.ShouldBe(120);
        seen.ShouldBe(seen.Order(StringComparer.Ordinal).ToList());
        seen.Distinct().Count().ShouldBe(120);
    }
}
