using System.Net;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Security;

/// <summary>Sign-in attempts beyond the per-client limit are answered 429, with a page that says to wait.</summary>
public class SignInThrottleTests
{
    [Fact]
    public async Task The_fourth_attempt_in_a_minute_from_one_client_is_answered_429()
    {
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        factory.Settings["Security:SignInAttemptsPerMinute"] = "3";

        // One minute for every attempt: the limit's window must not turn over in the middle of the test.
        factory.Clock.Set(DateTimeOffset.UtcNow);
        await factory.WaitUntilReadyAsync();
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await client.SignInAsync("nobody@example.org", "not a real passphrase");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                (await HtmlPages.ReadAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe("Too many attempts");
            }
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        using var page = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.OK, "reading the sign-in page is not limited");
    }
}
