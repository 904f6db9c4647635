using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Pages;

public class HomeTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_home_page_lists_unanswered_complaints_most_overdue_first_within_the_cases_the_user_may_see()
    {
        app.Factory.Clock.SetToday(2026, 11, 22);
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        var forCaseworker = await caseworker.GetPageAsync("/");
        var forResearcher = await researcher.GetPageAsync("/");

        var items = forCaseworker.QuerySelectorAll(".waiting li").Select(li => li.TextContent).ToList();
        items[0].ShouldContain("Investigate the death threats");
        items[0].ShouldContain("No reply known as of 4 October 2021 (845 days after filing; due 12 July 2019)");
        items.ShouldContain(i => i.Contains("Lift the travel ban", StringComparison.Ordinal));
        items.ShouldNotContain(i => i.Contains("Appeal against the rejections", StringComparison.Ordinal), "answered complaints are not waiting");
        forResearcher.QuerySelectorAll(".waiting li").Select(li => li.TextContent)
            .ShouldNotContain(i => i.Contains("Lift the travel ban", StringComparison.Ordinal), "the restricted case does not exist for a researcher");
    }
}
