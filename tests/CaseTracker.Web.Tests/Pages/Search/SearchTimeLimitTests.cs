using System.Net;
using System.Text.Json;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Incidents;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Search;

/// <summary>
/// A search the database stops at <c>Search:TimeoutMilliseconds</c> tells the reader to narrow it, on the
/// page, in the CSV download and in the API; nothing fails with a server error. The limit is set to 1 ms
/// here and a thousand matching incidents make sure no search can finish within it.
/// </summary>
public sealed class SearchTimeLimitTests : IAsyncLifetime
{
    private CaseTrackerFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        _factory.Settings["Search:TimeoutMilliseconds"] = "1";
        await _factory.WaitUntilReadyAsync();
        await _factory.QueryAsync(async db =>
        {
            var caseId = await db.Cases.Where(c => c.Reference == "KG-2020-003").Select(c => c.Id).SingleAsync();
            for (var n = 0; n < 1000; n++)
            {
                db.Incidents.Add(new Incident(caseId, $"Slowword incident {n} with a longer title to rank", PartialDate.Parse("2021")));
            }

            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => _factory.DisposeAsync().AsTask();

    [Fact]
    public async Task A_search_stopped_at_the_time_limit_asks_for_fewer_words_on_the_page_the_download_and_the_api()
    {
        using var client = await _factory.ClientForAsync(Visitor.Researcher);

        var page = await client.GetPageAsync("/Search?q=slowword");
        using var download = await client.GetAsync(new Uri("/Search?handler=Csv&q=slowword", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/v1/search?q=slowword", UriKind.Relative));

        page.QuerySelector("[role=alert]")!.TextContent.ShouldBe("The search took too long. Try fewer words or add a filter.");
        page.QuerySelector("ol.search-results").ShouldBeNull();
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await download.Content.ReadAsStringAsync()).ShouldContain("The search took too long.");
        api.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().ShouldBe("The search took too long");
    }
}
