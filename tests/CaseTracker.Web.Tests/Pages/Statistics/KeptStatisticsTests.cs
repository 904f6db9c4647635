using System.Text.Json;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseTracker.Web.Tests.Pages.Statistics;

/// <summary>
/// Kept statistics (ADR 17, issue 17): with every count kept (as a database of a million incidents does
/// for its slow ones), a kept count is served with its age, counted again in the background once stale,
/// counted live on request, and never shared between readers who see different cases.
/// </summary>
public sealed class KeptStatisticsTests : IAsyncLifetime
{
    private CaseTrackerFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        _factory.Settings["Statistics:KeepWhenCountingTakesMilliseconds"] = "0";
        _factory.Settings["Statistics:RecountAfterMinutes"] = "15";
        _factory.Clock.Set(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        await _factory.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_kept_count_is_shown_with_its_age_then_counted_again_when_stale_or_on_request()
    {
        await AddIncidentsAsync("MN", "2019");
        using var researcher = await _factory.ClientForAsync(Visitor.Researcher);

        (await StatisticsAsync(researcher, "MN")).ShouldBe((true, "2019=1"), "the first count is live");
        await AddIncidentsAsync("MN", "2019");
        (await StatisticsAsync(researcher, "MN")).ShouldBe((false, "2019=1"), "then the kept count is served");

        _factory.Clock.Set(new DateTimeOffset(2026, 3, 2, 10, 7, 0, TimeSpan.Zero));
        var page = await researcher.GetPageAsync("/Statistics?country=MN");
        var notice = page.QuerySelector("[role=status]")!.TextContent;
        notice.ShouldContain("Counted 7 minutes ago (2 March 2026, 10:00 UTC)");
        notice.ShouldNotContain("under way");
        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain("/Statistics?country=MN&count-now=1");

        _factory.Clock.Set(new DateTimeOffset(2026, 3, 2, 10, 16, 0, TimeSpan.Zero));
        (await StatisticsAsync(researcher, "MN")).ShouldBe((false, "2019=1"), "a stale count is still shown while it is counted again");
        var recounted = await EventuallyAsync(async () => await StatisticsAsync(researcher, "MN"), s => s.Years == "2019=2");
        recounted.ShouldBe((false, "2019=2"), "the background recount replaced the kept count");

        await AddIncidentsAsync("MN", "2020");
        (await StatisticsAsync(researcher, "MN", countNow: true)).ShouldBe((true, "2019=2 2020=1"), "count now counts live");
        (await StatisticsAsync(researcher, "MN")).ShouldBe((false, "2019=2 2020=1"), "and keeps that count");
    }

    [Fact]
    public async Task A_kept_count_is_read_and_parsed_once_then_served_from_memory_until_it_changes()
    {
        await AddIncidentsAsync("MV", "2017");
        using var researcher = await _factory.ClientForAsync(Visitor.Researcher);
        using var log = new SqlCommandLog(new NpgsqlConnectionStringBuilder(_factory.ConnectionString).Database!);
        (await StatisticsAsync(researcher, "MV")).ShouldBe((true, "2017=1"), "counted live and kept");

        log.Reset();
        (await StatisticsAsync(researcher, "MV")).ShouldBe((false, "2017=1"));
        (await StatisticsAsync(researcher, "MV")).ShouldBe((false, "2017=1"));
        log.Statements.Count(s => s.Contains("figures::text", StringComparison.Ordinal)).ShouldBe(1, "the kept figures are read once for two views");

        await AddIncidentsAsync("MV", "2017");
        (await StatisticsAsync(researcher, "MV", countNow: true)).ShouldBe((true, "2017=2"));
        (await StatisticsAsync(researcher, "MV")).ShouldBe((false, "2017=2"), "a new count, though counted at the same clock time, is read again");
    }

    [Fact]
    public async Task A_kept_count_answered_by_the_API_shows_names_as_they_are_now_and_in_the_readers_language()
    {
        await AddIncidentsAsync("MK", "2016");
        using var researcher = await _factory.ClientForAsync(Visitor.Researcher);
        (await StatisticsAsync(researcher, "MK")).ShouldBe((true, "2016=1"), "counted live and kept");

        var first = await AnswerAsync(researcher, "en");
        var again = await AnswerAsync(researcher, "en");
        again.ShouldBe(first, "a kept count is answered the same every time");
        Types(first).ShouldContain("Arbitrary detention");

        await _factory.QueryAsync(async db =>
        {
            var term = await db.VocabularyTerms.SingleAsync(t => t.Vocabulary == Vocabulary.IncidentType && t.Code == "arbitrary_detention");
            term.Rename("Detention without a warrant", "Задержание без ордера");
            return await db.SaveChangesAsync();
        });
        var renamed = await AnswerAsync(researcher, "en");
        JsonDocument.Parse(renamed).RootElement.GetProperty("live").GetBoolean().ShouldBeFalse("still the kept count");
        Types(renamed).ShouldContain("Detention without a warrant", "the kept answer is not served once a name it shows has changed");
        Types(await AnswerAsync(researcher, "ru")).ShouldContain("Задержание без ордера", "nor to a reader of another language");
        Types(await AnswerAsync(researcher, "en")).ShouldContain("Detention without a warrant");
    }

    private async Task<string> AnswerAsync(HttpClient client, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/statistics?country=MK", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        return await response.Content.ReadAsStringAsync();
    }

    private static List<string> Types(string answer) =>
        [.. JsonDocument.Parse(answer).RootElement.GetProperty("incidentsByType").EnumerateArray().Select(t => t.GetProperty("type").GetString()!)];

    [Fact]
    public async Task Readers_who_see_different_cases_never_share_a_kept_count()
    {
        var restrictedCaseId = await AddIncidentsAsync("MT", "2018", Sensitivity.Restricted);
        var standardCaseId = await AddIncidentsAsync("MT", "2019");
        using var admin = await _factory.ClientForAsync(Visitor.Admin);
        using var researcher = await _factory.ClientForAsync(Visitor.Researcher);
        using var caseworker = await _factory.ClientForAsync(Visitor.AssignedCaseworker);

        (await StatisticsAsync(admin, "MT")).ShouldBe((true, "2018=1 2019=1"));
        (await StatisticsAsync(researcher, "MT")).ShouldBe((true, "2019=1"), "the admin's kept count is not the researcher's");
        (await StatisticsAsync(caseworker, "MT")).Years.ShouldBe("2019=1", "a caseworker not assigned to the restricted case does not count it");

        await _factory.QueryAsync(async db =>
        {
            var caseworkerId = await db.Users.Where(u => u.Email == SignedInClients.Caseworker).Select(u => u.Id).SingleAsync();
            var file = await db.Cases.Include(c => c.Assignments).SingleAsync(c => c.Id == restrictedCaseId);
            file.Assign(caseworkerId);
            return await db.SaveChangesAsync();
        });
        (await StatisticsAsync(caseworker, "MT")).ShouldBe((false, "2018=1 2019=1"), "once assigned to every restricted case, the caseworker sees what the admin sees and is served the admin's kept count");

        await _factory.QueryAsync(async db =>
        {
            var file = await db.Cases.SingleAsync(c => c.Id == standardCaseId);
            file.Classify(file.Status, file.RiskLevel, Sensitivity.Restricted);
            return await db.SaveChangesAsync();
        });
        (await StatisticsAsync(researcher, "MT")).ShouldBe((true, ""), "a case restricted since the count is no longer counted for the researcher");
    }

    private async Task<Guid> AddIncidentsAsync(string country, string date, Sensitivity sensitivity = Sensitivity.Standard)
    {
        await using var records = await RecordBuilder.StartAsync(_factory);
        var file = await records.Db.Cases.FirstOrDefaultAsync(c => c.CountryCode == country && c.Sensitivity == sensitivity) ?? records.Case("Kept statistics", country, sensitivity);
        records.Incident(file, date);
        await records.SaveAsync();
        return file.Id;
    }

    private static async Task<(bool Live, string Years)> StatisticsAsync(HttpClient client, string country, bool countNow = false)
    {
        var query = $"/api/v1/statistics?country={country}" + (countNow ? "&countNow=true" : "");
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(query, UriKind.Relative)));
        var years = json.RootElement.GetProperty("incidentsByYear").EnumerateArray().Select(y => $"{y.GetProperty("year").GetInt32()}={y.GetProperty("incidents").GetInt32()}");
        return (json.RootElement.GetProperty("live").GetBoolean(), string.Join(' ', years));
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }
}
