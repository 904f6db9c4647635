using System.Net;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Web.Tests.Api;

/// <summary>
/// No parameter of the JSON API answers a server error, whatever it is given: every route, every
/// parameter, every hostile value. The parameters are listed here per route; a test fails when the app
/// has an API route the list does not name.
/// </summary>
public sealed class ApiHostileInputTests : IAsyncLifetime
{
    private CaseTrackerFactory _factory = null!;
    private static readonly string[] HostileValues =
    [
        "%00", "nul%00byte", "%00%00%00", new string('x', 5_000), "%27%3B%20DROP%20TABLE%20cases%3B%20--", "%E2%80%AEreversed",
        "-1", "99999999999999999999", "2019-02-31", "00000000-0000-0000-0000-000000000000", "%25_%5C", "%ED%A0%80", "true%00",
    ];

    /// <summary>Each API route (with {id} for a case id) and the query parameters it reads.</summary>
    internal static readonly Dictionary<string, string[]> ParametersByRoute = new()
    {
        ["api/v1/cases"] = ["status", "country", "sensitivity", "q", "after"],
        ["api/v1/cases/{id:guid}"] = [],
        ["api/v1/cases/{id:guid}/timeline"] = ["kind", "type", "institution", "hideContext", "archived"],
        ["api/v1/search"] = ["q", "country", "type", "perpetrator", "institution", "verification", "status", "from", "to", "after"],
        ["api/v1/statistics"] = ["country", "from", "to", "countNow"],
    };

    public async Task InitializeAsync()
    {
        _factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());

        // Hundreds of requests from one token: the rate limit has a test of its own.
        _factory.Settings["Security:ApiRequestsPerMinute"] = "100000";
        await _factory.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public void Every_API_route_is_in_the_sweep()
    {
        var routes = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("api/", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal);

        routes.ShouldBe(ParametersByRoute.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task No_hostile_value_in_any_parameter_of_any_route_answers_a_server_error()
    {
        using var researcher = await _factory.ClientForAsync(Visitor.Researcher);
        using var program = AccessTokenTests.WithToken(_factory, await AccessTokenTests.CreateTokenAsync(researcher, "Hostile sweep", days: 7));
        var visible = await _factory.CaseIdAsync("KZ-2023-011");
        var failures = new List<string>();
        var requests = 0;
        foreach (var (route, parameters) in ParametersByRoute)
        {
            var path = "/" + route.Replace("{id:guid}", visible.ToString(), StringComparison.Ordinal);
            foreach (var parameter in parameters.Append("unknown%00name"))
            {
                foreach (var hostile in HostileValues)
                {
                    var url = $"{path}?{parameter}={hostile}";
                    using var answer = await program.GetAsync(new Uri(url, UriKind.Relative));
                    requests++;
                    if ((int)answer.StatusCode >= 500 || answer.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        failures.Add($"{url[..Math.Min(url.Length, 120)]}: {(int)answer.StatusCode}");
                    }
                    else if (answer.StatusCode != HttpStatusCode.OK)
                    {
                        answer.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", url);
                    }
                }
            }
        }

        failures.ShouldBeEmpty();
        requests.ShouldBeGreaterThan(300);
    }
}
