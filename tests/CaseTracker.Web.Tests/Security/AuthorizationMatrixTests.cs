using System.Net;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Security;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Web.Tests.Security;

/// <summary>
/// Every page and API route, requested (GET) by five kinds of visitor, with the answer each must get.
/// Routes that take an id get the restricted demo case or a record inside it. A route the app has and
/// this table does not fails the first test: adding a page means deciding who may open it.
/// </summary>
public class AuthorizationMatrixTests(AppFixture app) : IClassFixture<AppFixture>
{
    public enum Visitor { Anonymous, Admin, AssignedCaseworker, UnassignedCaseworker, Researcher }

    /// <summary>What a visitor gets: the page, a redirect to sign in, to "access denied", to the home page, 403 (the access-denied page itself), or 404.</summary>
    public enum Answer { Ok, SignIn, Denied, Home, Forbidden, NotFound }

    private const Answer O = Answer.Ok, S = Answer.SignIn, D = Answer.Denied, H = Answer.Home, F = Answer.Forbidden, N = Answer.NotFound;
    private const string Password = "matrix password for tests";
    private const string UnassignedEmail = "unassigned.caseworker@example.org";

    private sealed record Ids(Guid Case, Guid Incident, Guid Complaint, Guid Response, Guid Source, Guid Person, Guid User);

    /// <summary>Route (page path or endpoint pattern) → address to request → answers for Anonymous, Admin, assigned, unassigned caseworker, researcher.</summary>
    private static readonly (string Route, Func<Ids, string> Url, Answer[] Answers)[] Matrix =
    [
        ("/Index", _ => "/", [S, O, O, O, O]),
        ("/Error", _ => "/Error", [O, O, O, O, O]),
        ("/Account/SignIn", _ => "/Account/SignIn", [O, H, H, H, H]),
        ("/Account/SignInTwoFactor", _ => "/Account/SignInTwoFactor", [S, S, S, S, S]),
        ("/Account/SetPassword", _ => "/Account/SetPassword", [O, O, O, O, O]),
        ("/Account/SignOut", _ => "/Account/SignOut", [S, O, O, O, O]),
        ("/Account/AccessDenied", _ => "/Account/AccessDenied", [S, F, F, F, F]),
        ("/Account/ChangePassword", _ => "/Account/ChangePassword", [S, O, O, O, O]),
        ("/Account/TwoFactor", _ => "/Account/TwoFactor", [S, O, O, O, O]),
        ("/Cases/Index", _ => "/Cases", [S, O, O, O, O]),
        ("/Cases/Create", _ => "/Cases/Create", [S, O, O, O, D]),
        ("/Cases/Details", i => $"/Cases/Details/{i.Case}", [S, O, O, N, N]),
        ("/Cases/Edit", i => $"/Cases/Edit/{i.Case}", [S, O, O, N, D]),
        ("/Timeline/Index", i => $"/Cases/{i.Case}/Timeline", [S, O, O, N, N]),
        ("/Incidents/Create", i => $"/Incidents/Create/{i.Case}", [S, O, O, N, D]),
        ("/Incidents/Edit", i => $"/Incidents/Edit/{i.Incident}", [S, O, O, N, D]),
        ("/Complaints/Create", i => $"/Complaints/Create/{i.Case}", [S, O, O, N, D]),
        ("/Complaints/Edit", i => $"/Complaints/Edit/{i.Complaint}", [S, O, O, N, D]),
        ("/Responses/Create", i => $"/Responses/Create/{i.Complaint}", [S, O, O, N, D]),
        ("/Responses/Edit", i => $"/Responses/Edit/{i.Response}", [S, O, O, N, D]),
        ("/Sources/Create", i => $"/Sources/Create/{i.Case}", [S, O, O, N, D]),
        ("/Sources/Edit", i => $"/Sources/Edit/{i.Source}", [S, O, O, N, D]),
        ("/People/Index", _ => "/People", [S, O, O, O, O]),
        ("/People/Create", i => $"/People/Create/{i.Case}", [S, O, O, N, D]),
        ("/People/Details", i => $"/People/Details/{i.Person}", [S, O, O, N, N]),
        ("/People/Edit", i => $"/People/Edit/{i.Person}", [S, O, O, N, D]),
        ("/Organisations/Index", _ => "/Organisations", [S, O, O, O, O]),
        ("/Organisations/Edit", _ => "/Organisations/Edit", [S, O, O, O, D]),
        ("/Records/Archive", i => $"/Records/Archive/incident/{i.Incident}", [S, O, O, N, D]),
        ("/Records/Archived", i => $"/Records/Archived/{i.Case}", [S, O, D, D, D]),
        ("/Institutions/Index", _ => "/Institutions", [S, O, D, D, D]),
        ("/Institutions/Edit", _ => "/Institutions/Edit", [S, O, D, D, D]),
        ("/Vocabularies/Index", _ => "/Vocabularies", [S, O, D, D, D]),
        ("/Vocabularies/Edit", _ => "/Vocabularies/Edit?vocabulary=IncidentType", [S, O, D, D, D]),
        ("/Users/Index", _ => "/Users", [S, O, D, D, D]),
        ("/Users/Create", _ => "/Users/Create", [S, O, D, D, D]),
        ("/Users/Edit", i => $"/Users/Edit/{i.User}", [S, O, D, D, D]),
        ("/Audit/Index", _ => "/Audit", [S, O, D, D, D]),
        ("/Settings/Index", _ => "/Settings", [S, O, D, D, D]),
        ("api/v1/cases/{id:guid}/timeline", i => $"/api/v1/cases/{i.Case}/timeline", [S, O, O, N, N]),
        ("dates/read", _ => "/dates/read?text=2019", [S, O, O, O, O]),
        ("health/live", _ => "/health/live", [O, O, O, O, O]),
        ("health/ready", _ => "/health/ready", [O, O, O, O, O]),
    ];

    [Fact]
    public void Every_route_of_the_app_has_a_row_in_the_matrix()
    {
        var routes = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath ?? e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        routes.ShouldBe(Matrix.Select(m => m.Route).Order(StringComparer.Ordinal).ToList(), ignoreOrder: false);
    }

    [Theory]
    [InlineData(Visitor.Anonymous)]
    [InlineData(Visitor.Admin)]
    [InlineData(Visitor.AssignedCaseworker)]
    [InlineData(Visitor.UnassignedCaseworker)]
    [InlineData(Visitor.Researcher)]
    public async Task Each_visitor_gets_the_answer_the_matrix_gives_on_every_route(Visitor visitor)
    {
        var ids = await IdsAsync();
        using var client = await ClientForAsync(visitor);
        var wrong = new List<string>();
        foreach (var (route, url, answers) in Matrix)
        {
            using var response = await client.GetAsync(new Uri(url(ids), UriKind.Relative));
            var answer = Classify(response);
            if (answer != answers[(int)visitor])
            {
                wrong.Add($"{url(ids)}: {answer}, expected {answers[(int)visitor]}");
            }
        }

        wrong.ShouldBeEmpty();
    }

    private static Answer Classify(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => Answer.Ok,
        HttpStatusCode.NotFound => Answer.NotFound,
        HttpStatusCode.Forbidden => Answer.Forbidden,
        HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location!.OriginalString.Split('?')[0].EndsWith(IdentitySetup.SignInPath, StringComparison.Ordinal) => Answer.SignIn,
        HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location!.OriginalString.Split('?')[0].EndsWith("/Account/AccessDenied", StringComparison.Ordinal) => Answer.Denied,
        HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location!.OriginalString == "/" => Answer.Home,
        _ => throw new ShouldAssertException($"{response.RequestMessage!.RequestUri}: unexpected {(int)response.StatusCode} {response.Headers.Location}"),
    };

    private async Task<HttpClient> ClientForAsync(Visitor visitor)
    {
        var client = app.Factory.CreateClientWithoutRedirects();
        var (email, password) = visitor switch
        {
            Visitor.Admin => (SignedInClients.Admin, CaseTrackerFactory.DemoPassword),
            Visitor.AssignedCaseworker => (SignedInClients.Caseworker, CaseTrackerFactory.DemoPassword),
            Visitor.Researcher => (SignedInClients.Researcher, CaseTrackerFactory.DemoPassword),
            Visitor.UnassignedCaseworker => (UnassignedEmail, Password),
            _ => (null, null),
        };
        if (email is not null)
        {
            using var signedIn = await client.SignInAsync(email, password!);
            signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{visitor} signs in");
        }

        return client;
    }

    private Task<Ids> IdsAsync() => app.Factory.QueryAsync(async db =>
    {
        var file = await db.Cases.Include(c => c.Participants).SingleAsync(c => c.Reference == "TJ-2024-002");
        var complaint = await db.Complaints.Include(c => c.Responses).FirstAsync(c => c.CaseId == file.Id);
        if (complaint.Responses.Count == 0)
        {
            var outcome = await db.VocabularyTerms.Where(t => t.Vocabulary == Vocabulary.ResponseOutcome).Select(t => t.Id).FirstAsync();
            complaint.RecordResponse(PartialDate.Parse("1 April 2024"), outcome, null);
            await db.SaveChangesAsync();
        }

        if (await db.Users.AllAsync(u => u.Email != UnassignedEmail))
        {
            using var scope = app.Factory.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = UnassignedEmail, Email = UnassignedEmail };
            (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.Caseworker);
        }

        return new Ids(
            file.Id,
            await db.Incidents.Where(i => i.CaseId == file.Id).Select(i => i.Id).FirstAsync(),
            complaint.Id,
            complaint.Responses.OfType<InstitutionalResponse>().First().Id,
            await db.Sources.Where(s => s.CaseId == file.Id).Select(s => s.Id).FirstAsync(),
            file.Participants.First().PersonId,
            await db.Users.Where(u => u.Email == SignedInClients.Researcher).Select(u => u.Id).SingleAsync());
    });
}
