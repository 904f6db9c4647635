using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Dom;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Api;

/// <summary>Personal access tokens: created on the profile page, shown once, stored hashed, read-only, and refused once expired or revoked.</summary>
public class AccessTokenTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_token_is_shown_once_stored_hashed_and_reads_the_API_but_opens_no_page()
    {
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);
        var secret = await CreateTokenAsync(researcher, "Report script");

        var again = await researcher.GetPageAsync("/Account/Tokens");
        again.QuerySelector("code.new-token").ShouldBeNull("the secret is not shown again");
        again.QuerySelector("ul.access-tokens")!.TextContent.ShouldContain("Report script");
        var stored = await app.Factory.QueryAsync(db => db.AccessTokens.SingleAsync(t => t.Name == "Report script"));
        stored.Hash.ShouldBe(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

        using var program = WithToken(secret);
        using var search = await program.GetAsync(new Uri("/api/v1/search?q=Ruziev", UriKind.Relative));
        search.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await search.Content.ReadAsStringAsync()).ShouldContain("Kamil Ruziev");
        using var page = await program.GetAsync(new Uri("/Cases", UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a token does not sign in to pages");
        (await app.Factory.QueryAsync(db => db.AccessTokens.Where(t => t.Name == "Report script").Select(t => t.LastUsedAt).SingleAsync())).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_revoked_token_is_refused_at_once_and_only_its_owner_can_revoke_it()
    {
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);
        var secret = await CreateTokenAsync(researcher, "To revoke");
        var id = await app.Factory.QueryAsync(db => db.AccessTokens.Where(t => t.Name == "To revoke").Select(t => t.Id).SingleAsync());
        using var caseworker = await app.Factory.ClientForAsync(Visitor.AssignedCaseworker);
        var caseworkerPage = await caseworker.GetPageAsync("/Account/Tokens");
        var token = caseworkerPage.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        using var someoneElse = await caseworker.PostAsync(new Uri($"/Account/Tokens?handler=Revoke&id={id}", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        someoneElse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var program = WithToken(secret);
        (await program.GetAsync(new Uri("/api/v1/cases", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var list = await researcher.GetPageAsync("/Account/Tokens");
        using (await researcher.SubmitAsync(list, new Dictionary<string, string>(), $"ul.access-tokens form[action*='{id}']"))
        {
        }

        using var refused = await program.GetAsync(new Uri("/api/v1/cases", UriKind.Relative));
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        refused.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        (await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id))).ShouldBe(2, "creation and revocation are audited");
    }

    [Fact]
    public async Task An_expired_token_or_one_of_a_disabled_account_is_refused()
    {
        await app.Factory.RestrictedCaseIdsAsync(); // creates the unassigned caseworker
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);
        var shortLived = await CreateTokenAsync(researcher, "Short", days: 7);
        using var program = WithToken(shortLived);
        (await program.GetAsync(new Uri("/api/v1/cases", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Factory.Clock.Set(DateTimeOffset.UtcNow.AddDays(8));
        try
        {
            (await program.GetAsync(new Uri("/api/v1/cases", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
        finally
        {
            app.Factory.Clock.Reset();
        }

        using var caseworker = await app.Factory.ClientForAsync(Visitor.UnassignedCaseworker);
        var secret = await CreateTokenAsync(caseworker, "Disabled owner");
        await app.Factory.QueryAsync(db => db.Users.Where(u => u.Email == RestrictedCaseVisitors.UnassignedEmail).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true)));
        using var disabled = WithToken(secret);
        (await disabled.GetAsync(new Uri("/api/v1/cases", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await app.Factory.QueryAsync(db => db.Users.Where(u => u.Email == RestrictedCaseVisitors.UnassignedEmail).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, false)));
    }

    [Fact]
    public async Task A_token_sees_what_its_owner_sees_and_no_more()
    {
        var ids = await app.Factory.RestrictedCaseIdsAsync();
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);
        using var program = WithToken(await CreateTokenAsync(researcher, "Visibility"));

        using var restricted = await program.GetAsync(new Uri($"/api/v1/cases/{ids.Case}", UriKind.Relative));
        var list = await program.GetStringAsync(new Uri("/api/v1/cases", UriKind.Relative));

        restricted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        restricted.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        list.ShouldContain("KG-2020-003");
        list.ShouldNotContain(RestrictedCaseVisitors.Reference);
    }

    [Fact]
    public async Task Unknown_and_malformed_tokens_get_401_problem_details()
    {
        foreach (var secret in new[] { "ctk_not-a-real-token", "something else", new string('x', 5000), "" })
        {
            using var program = WithToken(secret);
            using var response = await program.GetAsync(new Uri("/api/v1/search?q=x", UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, secret[..Math.Min(secret.Length, 20)]);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }
    }

    [Fact]
    public async Task HEAD_with_a_token_answers_like_GET_without_a_body()
    {
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);
        using var program = WithToken(await CreateTokenAsync(researcher, "Head"));
        var visible = await app.Factory.CaseIdAsync("KZ-2023-011");

        foreach (var url in new[] { "/api/v1/cases", $"/api/v1/cases/{visible}", $"/api/v1/cases/{visible}/timeline", "/api/v1/search?q=Ruziev", "/api/v1/statistics" })
        {
            using var head = await program.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));
            head.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            head.Content.Headers.ContentType!.MediaType.ShouldBe("application/json", url);
        }

        using var post = await program.PostAsync(new Uri("/api/v1/cases", UriKind.Relative), new StringContent(""));
        post.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a token stays read-only");
    }

    internal static HttpClient WithToken(CaseTrackerFactory factory, string secret)
    {
        var client = factory.CreateClientWithoutRedirects();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private HttpClient WithToken(string secret) => WithToken(app.Factory, secret);

    internal static async Task<string> CreateTokenAsync(HttpClient client, string name, int days = 90)
    {
        var page = await client.GetPageAsync("/Account/Tokens");
        using var created = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Days"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "main form");
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = await HtmlPages.ReadAsync(created);
        var secret = answer.QuerySelector("code.new-token")!.TextContent.Trim();
        secret.ShouldStartWith("ctk_");
        SuiteLog.NoteSecret(secret);
        return secret;
    }
}
