using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Bench;

/// <summary>
/// Timeline benchmark: a case with 2,000 timeline entries, rendered by the real app (in-process test
/// host, so the time measured is server time) on a real PostgreSQL. Targets: p95 under 100 ms, page
/// under 1.5 MB.
/// </summary>
internal static class TimelineBenchmark
{
    private const int Warmup = 20;
    private const int Measured = 200;
    private const double TargetMs = 100;
    private const long TargetBytes = 1_500_000;

    public static async Task<int> Main()
    {

        await using var cluster = await PostgresCluster.StartNewAsync();
        await using var app = new BenchApp(cluster.ConnectionString("casetracker"));
        using var client = await app.SignedInClientAsync(); // waits until start-up work is done
        var caseId = await TimelineCaseGenerator.CreateAsync(app.Services, entries: 2000);

        var url = $"/Cases/{caseId}/Timeline";
        long bytes = 0;
        for (var i = 0; i < Warmup; i++)
        {
            bytes = (await client.GetByteArrayAsync(new Uri(url, UriKind.Relative))).LongLength;
        }

        var entriesShown = Regex.Count(await client.GetStringAsync(new Uri(url, UriKind.Relative)), "<li class=\"k[icrs]");
        var timings = new List<double>(Measured);
        for (var i = 0; i < Measured; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            await response.Content.LoadIntoBufferAsync();
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var apiTimings = new List<double>(Measured);
        for (var i = 0; i < Measured / 4; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri($"/api/v1/cases/{caseId}/timeline", UriKind.Relative));
            await response.Content.LoadIntoBufferAsync();
            apiTimings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        apiTimings.Sort();
        timings.Sort();
        double Percentile(double p) => timings[(int)Math.Ceiling(p * timings.Count) - 1];
        var p95 = Percentile(0.95);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Timeline of a case with {entriesShown} entries, {Measured} sequential requests after {Warmup} warm-up:"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  p50 {Percentile(0.50):0.0} ms, p95 {p95:0.0} ms, max {timings[^1]:0.0} ms (target p95 < {TargetMs} ms)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  page size {bytes / 1024.0:0} KiB (target < {TargetBytes / 1024} KiB)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  for comparison, the JSON API of the same case: p50 {apiTimings[apiTimings.Count / 2]:0.0} ms"));
        var met = p95 < TargetMs && bytes < TargetBytes && entriesShown >= 2000;
        Console.WriteLine(met ? "Targets met." : "Targets NOT met.");
        return met ? 0 : 1;
    }
}
