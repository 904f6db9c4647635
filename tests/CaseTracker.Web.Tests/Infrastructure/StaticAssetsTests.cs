using System.Net.Http.Headers;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Infrastructure;

/// <summary>Stylesheets and scripts go out compressed and cached by their content hash; pages are never compressed (BREACH); Bootstrap is trimmed to what the views use.</summary>
public sealed class StaticAssetsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_versioned_stylesheet_is_compressed_and_cached_for_a_year_and_a_page_is_not_compressed()
    {
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var signIn = await client.GetPageAsync("/Account/SignIn");
        var stylesheet = signIn.QuerySelector("link[rel=stylesheet][href*='bootstrap']")!.GetAttribute("href")!;
        signIn.QuerySelector("link[rel=icon]").ShouldNotBeNull("a favicon");

        using var css = await client.GetAsync(new Uri(stylesheet, UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
        using var unversioned = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        stylesheet.ShouldContain("?v=");
        css.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        css.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        css.Headers.CacheControl.Extensions.Select(e => e.Name).ShouldContain("immutable");
        unversioned.Headers.CacheControl!.NoCache.ShouldBeTrue("without its hash a file is checked again");
        page.Content.Headers.ContentEncoding.ShouldBeEmpty("pages carry antiforgery tokens next to reflected text");
    }

    [Fact]
    public async Task The_served_bootstrap_is_trimmed_to_the_classes_the_views_use_and_current()
    {
        var (exitCode, output) = await NodeTools.RunAsync("node", null, NodeTools.PathOf("trim-bootstrap.mjs"), "--check");

        exitCode.ShouldBe(0, output);
        var served = new FileInfo(RepositoryFiles.PathOf("src", "CaseTracker.Web", "wwwroot", "lib", "bootstrap", "bootstrap.min.css"));
        served.Length.ShouldBeLessThan(60_000, "trimmed, not the 232 KB release");
        var css = await File.ReadAllTextAsync(served.FullName);
        foreach (var used in new[] { ".btn-primary", ".table-sm", ".form-control", ".visually-hidden", ".breadcrumb", ".alert-success", ".text-bg-warning", ".col-md-4" })
        {
            css.ShouldContain(used, customMessage: "a class the views use survived the trimming");
        }
    }
}
