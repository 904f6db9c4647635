using System.Net;
using AngleSharp.Html.Dom;
using CaseTracker.Domain.Sources;
using CaseTracker.Web.Pages.Records;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseTracker.Web.Tests.Security;

/// <summary>
/// Insecure direct object references: a researcher and a caseworker not assigned to the restricted case
/// take every route that names it or a record inside it and try it with GET and with POST. The POST is
/// the very form an admin gets on that page, with the visitor's own antiforgery token, so it would write
/// if the check were missing. Every answer must be 404, and the database must be unchanged.
/// </summary>
public class IdorSweepTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Canary = "IDOR canary 7f3a";

    /// <summary>Pages taking an id that is not a case record: admin-only settings, no case behind them.</summary>
    private static readonly string[] NotCaseRecordRoutes = ["/Users/Edit", "/Institutions/Edit", "/Vocabularies/Edit"];

    /// <summary>A route to try. The POST answer is 404, except where the route takes no POST for any id: there the router answers 405 whatever the id names.</summary>
    private sealed record Target(string Route, string Url, string? PostBody = null, HttpStatusCode PostAnswer = HttpStatusCode.NotFound);

    private static IEnumerable<Target> Targets(RestrictedCaseIds ids, Guid archivedSource) =>
    [
        new("/Cases/Details", $"/Cases/Details/{ids.Case}"),
        new("/Cases/Edit", $"/Cases/Edit/{ids.Case}"),
        new("/Timeline/Index", $"/Cases/{ids.Case}/Timeline"),
        new("/Incidents/Create", $"/Incidents/Create/{ids.Case}"),
        new("/Complaints/Create", $"/Complaints/Create/{ids.Case}"),
        new("/Acts/Create", $"/Acts/Create/{ids.Case}"),
        new("/Proceedings/Create", $"/Proceedings/Create/{ids.Case}"),
        new("/Steps/Create", $"/Steps/Create/{ids.Proceeding}"),
        new("/Responses/Create", $"/Responses/Create/{ids.Complaint}"),
        new("/Complaints/StillNoReply", $"/Complaints/StillNoReply/{ids.Complaint}"),
        new("/Sources/Create", $"/Sources/Create/{ids.Case}"),
        new("/Sources/Cite", $"/Sources/Cite/{ids.Case}", $"sourceId={ids.Source}"),
        new("/People/Create", $"/People/Create/{ids.Case}"),
        new("/People/Details", $"/People/Details/{ids.Person}"),
        new("/People/Edit", $"/People/Edit/{ids.Person}"),
        new("/Organisations/Edit", $"/Organisations/Edit/{ids.Organisation}"),
        .. CaseRecordKinds.All.Select(kind => new Target("/Records/Archive", $"/Records/Archive/{kind.Code}/{ids.IdOf(kind.Code)}")),
        .. CaseRecordKinds.All.Select(kind => new Target(kind.EditPage, $"{kind.EditPage}/{ids.IdOf(kind.Code)}")),
        new("/Records/Archived", $"/Records/Archived/{ids.Case}?handler=Restore", $"kind=source&recordId={archivedSource}"),
        new("api/v1/cases/{id:guid}", $"/api/v1/cases/{ids.Case}", PostAnswer: HttpStatusCode.MethodNotAllowed),
        new("api/v1/cases/{id:guid}/timeline", $"/api/v1/cases/{ids.Case}/timeline", PostAnswer: HttpStatusCode.MethodNotAllowed),
    ];

    [Fact]
    public void Every_route_that_takes_an_id_is_in_the_sweep_or_named_as_not_a_case_record()
    {
        var routesWithIds = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.ParameterPolicies.Any(policy => policy.Content == "guid")))
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath ?? e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var swept = Targets(new RestrictedCaseIds(Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty), Guid.Empty)
            .Select(t => t.Route)
            .Concat(NotCaseRecordRoutes)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        routesWithIds.ShouldBe(swept);
    }

    [Theory]
    [InlineData(Visitor.Researcher)]
    [InlineData(Visitor.UnassignedCaseworker)]
    public async Task Every_route_of_a_restricted_case_answers_404_to_GET_and_POST_and_nothing_is_written(Visitor visitor)
    {
        var ids = await app.Factory.RestrictedCaseIdsAsync();
        var archivedSource = await ArchivedSourceAsync(ids.Case);
        using var admin = await app.Factory.ClientForAsync(Visitor.Admin);
        using var client = await app.Factory.ClientForAsync(visitor);
        var token = await AntiforgeryTokenAsync(client);
        var targets = Targets(ids, archivedSource).ToList();
        var bodies = new List<string>();
        foreach (var target in targets)
        {
            bodies.Add(target.PostBody ?? await AdminFormBodyAsync(admin, target.Url));
        }

        var before = await FingerprintAsync();
        var wrong = new List<string>();
        foreach (var (target, body) in targets.Zip(bodies))
        {
            using var get = await client.GetAsync(new Uri(target.Url, UriKind.Relative));
            using var post = await client.PostAsync(new Uri(target.Url, UriKind.Relative), FormWithToken(body, token));
            if (get.StatusCode != HttpStatusCode.NotFound)
            {
                wrong.Add($"GET {target.Url}: {(int)get.StatusCode} {get.Headers.Location}");
            }

            if (post.StatusCode != target.PostAnswer)
            {
                wrong.Add($"POST {target.Url}: {(int)post.StatusCode} {post.Headers.Location}");
            }
        }

        wrong.ShouldBeEmpty();
        (await FingerprintAsync()).ShouldBe(before, "the database changed during the sweep");
    }

    [Fact]
    public async Task The_sweep_payloads_do_write_when_the_visitor_may()
    {
        // The control: the same kind of payload, posted by the assigned caseworker, is accepted, so the
        // sweep's 404s come from the access check and not from a malformed form.
        var ids = await app.Factory.RestrictedCaseIdsAsync();
        using var admin = await app.Factory.ClientForAsync(Visitor.Admin);
        using var caseworker = await app.Factory.ClientForAsync(Visitor.AssignedCaseworker);
        var body = await AdminFormBodyAsync(admin, $"/Sources/Edit/{ids.Source}");

        using var post = await caseworker.PostAsync(new Uri($"/Sources/Edit/{ids.Source}", UriKind.Relative), FormWithToken(body, await AntiforgeryTokenAsync(caseworker)));

        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Factory.QueryAsync(db => db.Sources.Where(s => s.Id == ids.Source).Select(s => s.Title).SingleAsync())).ShouldBe(Canary);
    }

    [Fact]
    public async Task A_person_of_a_restricted_case_cannot_be_pulled_into_a_visible_case_by_id()
    {
        var ids = await app.Factory.RestrictedCaseIdsAsync();
        var visibleCase = await app.Factory.CaseIdAsync("KZ-2023-011");
        using var client = await app.Factory.ClientForAsync(Visitor.UnassignedCaseworker);
        var form = await client.GetPageAsync($"/People/Create/{visibleCase}");
        form.QuerySelectorAll<IHtmlOptionElement>("select[name='Input.ExistingPersonId'] option").Select(o => o.Value).ShouldNotContain(ids.Person.ToString());

        using var post = await client.PostAsync(new Uri($"/People/Create/{visibleCase}", UriKind.Relative), FormWithToken(
            $"Input.Role=Witness&Input.ExistingPersonId={ids.Person}", await AntiforgeryTokenAsync(client)));

        post.StatusCode.ShouldBe(HttpStatusCode.OK, "the form comes back with an error");
        (await app.Factory.QueryAsync(db => db.Cases.Where(c => c.Id == visibleCase).SelectMany(c => c.Participants).AnyAsync(p => p.PersonId == ids.Person)))
            .ShouldBeFalse();
    }

    [Fact]
    public async Task A_source_of_a_restricted_case_cannot_be_cited_into_a_visible_case_by_id()
    {
        var ids = await app.Factory.RestrictedCaseIdsAsync();
        var visibleCase = await app.Factory.CaseIdAsync("KZ-2023-011");
        using var client = await app.Factory.ClientForAsync(Visitor.UnassignedCaseworker);
        var title = await app.Factory.QueryAsync(db => db.Sources.Where(s => s.Id == ids.Source).Select(s => s.Title).SingleAsync());
        var search = await client.GetPageAsync($"/Sources/Cite/{visibleCase}?Title={Uri.EscapeDataString(title)}");
        search.QuerySelectorAll(".source-matches li").ShouldBeEmpty("the restricted case's source is not offered");

        using var post = await client.PostAsync(new Uri($"/Sources/Cite/{visibleCase}?sourceId={ids.Source}", UriKind.Relative), FormWithToken("", await AntiforgeryTokenAsync(client)));

        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Factory.QueryAsync(db => db.Sources.Where(s => s.Id == ids.Source).SelectMany(s => s.CitedIn).AnyAsync())).ShouldBeFalse();
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var page = await client.GetPageAsync("/Account/ChangePassword");
        return page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
    }

    /// <summary>The page's own form as an admin gets it, with every title and name replaced by the canary; empty for pages without a form.</summary>
    private static async Task<string> AdminFormBodyAsync(HttpClient admin, string url)
    {
        using var response = await admin.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"the admin opens {url}");
        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return "";
        }

        var page = await HtmlPages.ReadAsync(response);
        var form = page.QuerySelectorAll<IHtmlFormElement>("main form").FirstOrDefault(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase));
        if (form?.GetSubmission() is not { } submission)
        {
            return "";
        }

        using var reader = new StreamReader(submission.Body);
        var fields = QueryHelpers.ParseQuery(await reader.ReadToEndAsync());
        return string.Join('&', fields.SelectMany(field => field.Value.Select(value =>
        {
            var replaced = field.Key.EndsWith("Title", StringComparison.Ordinal) || field.Key.EndsWith("Subject", StringComparison.Ordinal)
                || field.Key.EndsWith("Name", StringComparison.Ordinal) || field.Key == "Reason" ? Canary : value;
            return $"{Uri.EscapeDataString(field.Key)}={Uri.EscapeDataString(replaced ?? "")}";
        })));
    }

    private static StringContent FormWithToken(string body, string token)
    {
        var fields = QueryHelpers.ParseQuery(body);
        fields["__RequestVerificationToken"] = token;
        var encoded = string.Join('&', fields.SelectMany(f => f.Value.Select(v => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(v ?? "")}")));
        return new StringContent(encoded, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
    }

    private Task<Guid> ArchivedSourceAsync(Guid caseId) => app.Factory.QueryAsync(async db =>
    {
        var adminId = await db.Users.Where(u => u.Email == SignedInClients.Admin).Select(u => u.Id).SingleAsync();
        var source = new Source(caseId, "Archived for the IDOR sweep", SourceKind.Document);
        source.Archive("Arranged for the IDOR sweep", adminId, DateTimeOffset.UtcNow);
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        return source.Id;
    });

    /// <summary>A digest of every row of every table, so any write anywhere shows.</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var connection = new NpgsqlConnection(app.Factory.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var digests = new List<string>();
        foreach (var table in tables)
        {
            await using var digest = new NpgsqlCommand($"SELECT '{table}:' || count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \"{table}\" t", connection);
            digests.Add((string)(await digest.ExecuteScalarAsync())!);
        }

        return string.Join('\n', digests);
    }
}
