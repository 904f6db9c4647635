using System.Net;
using CaseTracker.Web.Security;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Web.Tests.Security;

/// <summary>
/// Every page and API route, requested (GET) by five kinds of visitor, with the answer each must get.
/// Routes that take an id get the restricted demo case or a record inside it. A route the app has and
/// this table does not fails the first test: adding a page means deciding who may open it.
/// </summary>
public class AuthorizationMatrixTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>What a visitor gets: the page, a redirect to sign in, to "access denied", to the home page, 403 (the access-denied page itself), 404, or (the API) 401.</summary>
    public enum Answer { Ok, SignIn, Denied, Home, Forbidden, NotFound, Unauthorized }

    private const Answer O = Answer.Ok, S = Answer.SignIn, D = Answer.Denied, H = Answer.Home, F = Answer.Forbidden, N = Answer.NotFound, U = Answer.Unauthorized;
    /// <summary>Route (page path or endpoint pattern) → address to request → answers for Anonymous, Admin, assigned, unassigned caseworker, researcher.</summary>
    private static readonly (string Route, Func<RestrictedCaseIds, string> Url, Answer[] Answers)[] Matrix =
    [
        ("/Index", _ => "/", [S, O, O, O, O]),
        ("/Error", _ => "/Error", [O, O, O, O, O]),
        ("/Account/SignIn", _ => "/Account/SignIn", [O, H, H, H, H]),
        ("/Account/SignInTwoFactor", _ => "/Account/SignInTwoFactor", [S, S, S, S, S]),
        ("/Account/SetPassword", _ => "/Account/SetPassword", [O, O, O, O, O]),
        ("/Account/Language", _ => "/Account/Language", [H, H, H, H, H]),
        ("/Account/SignOut", _ => "/Account/SignOut", [S, O, O, O, O]),
        ("/Account/AccessDenied", _ => "/Account/AccessDenied", [S, F, F, F, F]),
        ("/Account/ChangePassword", _ => "/Account/ChangePassword", [S, O, O, O, O]),
        ("/Account/TwoFactor", _ => "/Account/TwoFactor", [S, O, O, O, O]),
        ("/Cases/Index", _ => "/Cases", [S, O, O, O, O]),
        ("/Cases/Create", _ => "/Cases/Create", [S, O, O, O, D]),
        ("/Cases/Details", i => $"/Cases/Details/{i.Case}", [S, O, O, N, N]),
        ("/Cases/Edit", i => $"/Cases/Edit/{i.Case}", [S, O, O, N, N]),
        ("/Timeline/Index", i => $"/Cases/{i.Case}/Timeline", [S, O, O, N, N]),
        ("/Incidents/Create", i => $"/Incidents/Create/{i.Case}", [S, O, O, N, N]),
        ("/Incidents/Edit", i => $"/Incidents/Edit/{i.Incident}", [S, O, O, N, N]),
        ("/Complaints/Create", i => $"/Complaints/Create/{i.Case}", [S, O, O, N, N]),
        ("/Complaints/Edit", i => $"/Complaints/Edit/{i.Complaint}", [S, O, O, N, N]),
        ("/Complaints/StillNoReply", i => $"/Complaints/StillNoReply/{i.Complaint}", [S, O, O, N, N]),
        ("/Responses/Create", i => $"/Responses/Create/{i.Complaint}", [S, O, O, N, N]),
        ("/Acts/Create", i => $"/Acts/Create/{i.Case}", [S, O, O, N, N]),
        ("/Acts/Edit", i => $"/Acts/Edit/{i.Act}", [S, O, O, N, N]),
        ("/Proceedings/Create", i => $"/Proceedings/Create/{i.Case}", [S, O, O, N, N]),
        ("/Proceedings/Edit", i => $"/Proceedings/Edit/{i.Proceeding}", [S, O, O, N, N]),
        ("/Steps/Create", i => $"/Steps/Create/{i.Proceeding}", [S, O, O, N, N]),
        ("/Steps/Edit", i => $"/Steps/Edit/{i.Step}", [S, O, O, N, N]),
        ("/Responses/Edit", i => $"/Responses/Edit/{i.Response}", [S, O, O, N, N]),
        ("/Sources/Create", i => $"/Sources/Create/{i.Case}", [S, O, O, N, N]),
        ("/Sources/Cite", i => $"/Sources/Cite/{i.Case}", [S, O, O, N, N]),
        ("/Sources/Edit", i => $"/Sources/Edit/{i.Source}", [S, O, O, N, N]),
        ("/People/Index", _ => "/People", [S, O, O, O, O]),
        ("/People/Create", i => $"/People/Create/{i.Case}", [S, O, O, N, N]),
        ("/People/Details", i => $"/People/Details/{i.Person}", [S, O, O, N, N]),
        ("/People/Edit", i => $"/People/Edit/{i.Person}", [S, O, O, N, N]),
        ("/Organisations/Index", _ => "/Organisations", [S, O, O, O, O]),
        ("/Organisations/Edit", _ => "/Organisations/Edit", [S, O, O, O, D]),
        ("/Records/Archive", i => $"/Records/Archive/incident/{i.Incident}", [S, O, O, N, N]),
        ("/Records/Archived", i => $"/Records/Archived/{i.Case}", [S, O, D, N, N]),
        ("/Institutions/Index", _ => "/Institutions", [S, O, D, D, D]),
        ("/Institutions/Edit", _ => "/Institutions/Edit", [S, O, D, D, D]),
        ("/Vocabularies/Index", _ => "/Vocabularies", [S, O, D, D, D]),
        ("/Vocabularies/Edit", _ => "/Vocabularies/Edit?vocabulary=IncidentType", [S, O, D, D, D]),
        ("/Users/Index", _ => "/Users", [S, O, D, D, D]),
        ("/Users/Create", _ => "/Users/Create", [S, O, D, D, D]),
        ("/Users/Edit", i => $"/Users/Edit/{i.User}", [S, O, D, D, D]),
        ("/Audit/Index", _ => "/Audit", [S, O, D, D, D]),
        ("/Settings/Index", _ => "/Settings", [S, O, D, D, D]),
        ("/Search/Index", _ => "/Search?q=Ruziev", [S, O, O, O, O]),
        ("/Statistics/Index", _ => "/Statistics", [S, O, O, O, O]),
        ("api/v1/statistics", _ => "/api/v1/statistics", [U, O, O, O, O]),
        ("api/v1/search", _ => "/api/v1/search?q=Ruziev", [U, O, O, O, O]),
        ("/Account/Tokens", _ => "/Account/Tokens", [S, O, O, O, O]),
        ("api/v1/cases", _ => "/api/v1/cases", [U, O, O, O, O]),
        ("api/v1/cases/{id:guid}", i => $"/api/v1/cases/{i.Case}", [U, O, O, N, N]),
        ("api/v1/cases/{id:guid}/timeline", i => $"/api/v1/cases/{i.Case}/timeline", [U, O, O, N, N]),
        ("openapi/{documentName}.json", _ => "/openapi/v1.json", [U, O, O, O, O]),
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
        var ids = await app.Factory.RestrictedCaseIdsAsync();
        using var client = await app.Factory.ClientForAsync(visitor);
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
        HttpStatusCode.Unauthorized => Answer.Unauthorized,
        HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location!.OriginalString.Split('?')[0].EndsWith(IdentitySetup.SignInPath, StringComparison.Ordinal) => Answer.SignIn,
        HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location!.OriginalString.Split('?')[0].EndsWith("/Account/AccessDenied", StringComparison.Ordinal) => Answer.Denied,
        HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location!.OriginalString == "/" => Answer.Home,
        _ => throw new ShouldAssertException($"{response.RequestMessage!.RequestUri}: unexpected {(int)response.StatusCode} {response.Headers.Location}"),
    };
}
