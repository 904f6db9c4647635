using System.Net;
using System.Text.Json;
using CaseTracker.Domain.Sources;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Web.Tests.Api;

/// <summary>The read-only JSON API: problem details, the case list and case file, the OpenAPI document, the rate limit.</summary>
public class ApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/api/v1/search?q=x")]
    [InlineData("/api/v1/cases")]
    [InlineData("/openapi/v1.json")]
    public async Task Anonymous_callers_get_401_problem_details_not_a_sign_in_page(string url)
    {
        using var client = app.Factory.CreateClientWithoutRedirects();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(401);
        problem.RootElement.GetProperty("title").GetString().ShouldBe("Unauthorized");
    }

    [Fact]
    public async Task A_missing_case_is_404_problem_details()
    {
        using var client = await app.Factory.ClientForAsync(Visitor.Researcher);

        using var response = await client.GetAsync(new Uri($"/api/v1/cases/{Guid.NewGuid()}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task The_case_list_filters_and_pages_by_reference()
    {
        using var client = await app.Factory.ClientForAsync(Visitor.Admin);

        using var all = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/cases", UriKind.Relative)));
        using var kg = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/cases?country=KG&status=Open", UriKind.Relative)));
        var references = all.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("reference").GetString()!).ToList();
        using var after = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/cases?after={references[0]}", UriKind.Relative)));

        references.ShouldBe(references.Order(StringComparer.Ordinal).ToList());
        references.ShouldContain(RestrictedCaseVisitors.Reference, "an admin sees the restricted case");
        kg.RootElement.GetProperty("cases").EnumerateArray().ShouldAllBe(c => c.GetProperty("country").GetString() == "KG" && c.GetProperty("status").GetString() == "Open");
        after.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("reference").GetString()).ShouldBe(references.Skip(1));
    }

    [Fact]
    public async Task The_case_file_withholds_confidential_sources_and_internal_notes_from_a_researcher_and_is_audited()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        await app.Factory.QueryAsync(async db =>
        {
            var source = new Source(caseId, "Protected witness api-canary-77", SourceKind.Person);
            source.Describe(source.Title, SourceKind.Person, null, null, null, null, Reliability.High, isConfidential: true, "api-canary-notes-77");
            db.Sources.Add(source);
            var complaint = await db.Complaints.FirstAsync(c => c.CaseId == caseId);
            complaint.Describe(complaint.KindId, complaint.InstitutionId, complaint.Subject, complaint.ReferenceNumber, "api-canary-complaint-77");
            return await db.SaveChangesAsync();
        });
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);
        using var caseworker = await app.Factory.ClientForAsync(Visitor.AssignedCaseworker);

        var forResearcher = await researcher.GetStringAsync(new Uri($"/api/v1/cases/{caseId}", UriKind.Relative));
        var forCaseworker = await caseworker.GetStringAsync(new Uri($"/api/v1/cases/{caseId}", UriKind.Relative));

        forResearcher.ShouldNotContain("api-canary");
        forResearcher.ShouldContain("\"confidential\":true");
        forCaseworker.ShouldContain("api-canary-77");
        forCaseworker.ShouldContain("api-canary-complaint-77");
        using var json = JsonDocument.Parse(forResearcher);
        json.RootElement.GetProperty("complaints")[0].GetProperty("status").GetString().ShouldNotBeNullOrEmpty();
        (await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == caseId && a.Action == Web.Auditing.AuditAction.Export))).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_API_route()
    {
        using var client = await app.Factory.ClientForAsync(Visitor.Researcher);

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var documented = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        var routes = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/", StringComparison.Ordinal))
            .Select(r => r.Replace(":guid", "", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        routes.ShouldNotBeEmpty();
        documented.ShouldBe(routes, ignoreOrder: true);
    }

    [Fact]
    public async Task Too_many_API_requests_get_429_problem_details()
    {
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        factory.Settings["Security:ApiRequestsPerMinute"] = "3";
        await factory.WaitUntilReadyAsync();
        using var client = await factory.SignedInAsAsync(SignedInClients.Researcher, followRedirects: false);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/v1/cases", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            }
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        using var page = await client.GetAsync(new Uri("/Cases", UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.OK, "pages are not counted against the API's limit");
    }
}
