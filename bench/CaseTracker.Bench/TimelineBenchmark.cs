using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.RegularExpressions;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Bench;

/// <summary>
/// Timeline benchmark: a case with 2,000 timeline entries, rendered by the real app on a loopback
/// Kestrel port over a real PostgreSQL that also holds ten other cases (so the planner faces a table
/// the case is only part of), one request at a time (one user). Targets from issue 4: p95 server time
/// under 100 ms, page under 1.5 MB. CPU time per request is reported too: unlike wall time it does not
/// depend on how much of the CPU a shared virtual machine's host takes away.
/// </summary>
internal static class TimelineBenchmark
{
    private const double TargetMs = 100;
    private const int QuietRequests = 20;
    private const int MaxWarmup = 2000;
    private const double MaxSteal = 0.10;
    private const int MaxAttempts = 3;
    // A method called once per request is recompiled only after 30 calls at each of its tiers (plain,
    // instrumented, optimised), so fewer than 100 requests cannot be the steady state whatever the JIT says.
    private static readonly int MinWarmup = int.TryParse(Environment.GetEnvironmentVariable("BENCH_WARMUP"), out var w) && w >= 0 ? w : 100;
    private const long TargetBytes = 1_500_000;
    private static readonly int Measured = int.TryParse(Environment.GetEnvironmentVariable("BENCH_REQUESTS"), out var n) && n > 0 ? n : 200;

    public static async Task<int> RunAsync()
    {
        await using var cluster = await PostgresCluster.StartNewAsync();
        await using var app = new BenchApp(cluster.ConnectionString("casetracker"));
        using var client = await app.SignedInClientAsync(); // waits until start-up work is done
        for (var other = 1; other <= 10; other++)
        {
            await TimelineCaseGenerator.CreateAsync(app.Services, entries: 300, reference: $"BENCH-OTHER-{other}");
        }

        var caseId = await TimelineCaseGenerator.CreateAsync(app.Services, entries: 2000);
        var cpu = new CpuClock(Path.Combine(cluster.Folder, "data"));

        var page = new Uri($"/Cases/{caseId}/Timeline", UriKind.Relative);
        var coldStart = Stopwatch.GetTimestamp();
        var html = await client.GetStringAsync(page);
        var coldMs = Stopwatch.GetElapsedTime(coldStart).TotalMilliseconds;
        var entriesShown = Regex.Count(html, "<li class=\"k[icrs]");
        var bytes = System.Text.Encoding.UTF8.GetByteCount(html);

        var pageTimes = await MeasureAsync(app, cpu, client, page, Measured);
        for (var attempt = 2; attempt <= MaxAttempts && pageTimes.Cpu.StealShare > MaxSteal; attempt++)
        {
            // The target is about this app's time, not the host's other tenants: a run in which the
            // hypervisor took more than a tenth of the CPU is shown and measured again.
            Console.WriteLine(Invariant($"  (the host took {pageTimes.Cpu.StealShare:P0} of the CPU during that run: page p50 {pageTimes.Server.P50:0.0} ms, p95 {pageTimes.Server.P95:0.0} ms; measuring again)"));
            pageTimes = await MeasureAsync(app, cpu, client, page, Measured);
        }

        var apiTimes = await MeasureAsync(app, cpu, client, new Uri($"/api/v1/cases/{caseId}/timeline", UriKind.Relative), Measured / 2);

        Console.WriteLine(Invariant($"Timeline of a case with {entriesShown} entries, {Measured} sequential requests after warming up ({pageTimes.Warmup} requests):"));
        Console.WriteLine(Invariant($"  page, server time: {pageTimes.Server}  (target p95 < {TargetMs} ms)"));
        Console.WriteLine(Invariant($"  page, round trip seen by the client: {pageTimes.RoundTrip}"));
        Console.WriteLine(Invariant($"  page, CPU time per request: {pageTimes.Cpu}"));
        Console.WriteLine(Invariant($"  page size {bytes / 1024.0:0} KiB (target < {TargetBytes / 1024} KiB)"));
        Console.WriteLine(Invariant($"  first request after start-up, while its code is compiled: {coldMs:0} ms round trip"));
        Console.WriteLine(Invariant($"  JSON API of the same case, server time: {apiTimes.Server}; CPU time per request: {apiTimes.Cpu}"));
        if (pageTimes.Cpu.StealShare > MaxSteal)
        {
            Console.WriteLine(Invariant($"  WARNING: even after {MaxAttempts} runs the host took {pageTimes.Cpu.StealShare:P0} of this machine's CPU time (steal); wall times are inflated, CPU times are not."));
        }

        var met = pageTimes.Server.P95 < TargetMs && bytes < TargetBytes && entriesShown >= 2000;
        Console.WriteLine(met ? "Targets met." : "Targets NOT met.");
        return met ? 0 : 1;
    }

    private static async Task<(Percentiles Server, Percentiles RoundTrip, CpuPerRequest Cpu, int Warmup)> MeasureAsync(BenchApp app, CpuClock cpu, HttpClient client, Uri url, int count)
    {
        // Steady state is what a server that has been up for a while gives its users. For the first minute
        // or so of a fresh process, tiered compilation recompiles hot methods on a background thread and
        // takes up to half of this two-core machine; so warm up until the JIT has compiled nothing for
        // QuietRequests requests in a row (the first request's cold time is printed separately).
        var warmup = 0;
        var quiet = 0;
        var compiled = JitInfo.GetCompiledMethodCount();
        while (warmup < MinWarmup || (quiet < QuietRequests && warmup < MaxWarmup))
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            await ReadToEndAsync(response);
            response.EnsureSuccessStatusCode();
            var now = JitInfo.GetCompiledMethodCount();
            quiet = now == compiled ? quiet + 1 : 0;
            compiled = now;
            warmup++;
        }

        Console.Error.WriteLine(Invariant($"{DateTime.Now:HH:mm:ss} measuring {url} ({count} requests)"));
        app.Timings.Clear();
        var memoryBefore = MemoryReading.Now();
        var before = cpu.Read();
        var roundTrips = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            await ReadToEndAsync(response);
            roundTrips.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }

        var after = cpu.Read();
        var memory = MemoryReading.Now() - memoryBefore;
        var cpuPerRequest = new CpuPerRequest(
            (after.AppSeconds - before.AppSeconds) * 1000 / count,
            (after.PostgresSeconds - before.PostgresSeconds) * 1000 / count,
            (after.StealTicks - before.StealTicks) / (double)Math.Max(1, after.AllTicks - before.AllTicks),
            memory.Per(count));
        return (new Percentiles(app.Timings.Milliseconds), new Percentiles(roundTrips), cpuPerRequest, warmup);
    }

    /// <summary>
    /// Reads the answer through a small reused buffer and drops it. The client shares this process and its
    /// garbage collector with the app: buffering each 800 KB answer would put it on the large-object heap
    /// and the full collections that sets off would pause the server and be counted against it.
    /// </summary>
    private static async Task ReadToEndAsync(HttpResponseMessage response)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            while (await body.ReadAsync(buffer) > 0)
            {
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record CpuPerRequest(double AppMs, double PostgresMs, double StealShare, MemoryReading Memory)
    {
        public override string ToString() => Invariant($"{AppMs + PostgresMs:0.0} ms (app and client {AppMs:0.0}, PostgreSQL {PostgresMs:0.0}); {Memory}");
    }

    /// <summary>
    /// What the garbage collector saw in this process (app and client): bytes allocated, collections by
    /// generation and time paused. Pauses are the usual cause of a p95 far above the median.
    /// </summary>
    private sealed record MemoryReading(double AllocatedBytes, double Gen0, double Gen1, double Gen2, double PausedMs)
    {
        public static MemoryReading Now() => new(GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
            GC.GetTotalPauseDuration().TotalMilliseconds);

        public static MemoryReading operator -(MemoryReading a, MemoryReading b) =>
            new(a.AllocatedBytes - b.AllocatedBytes, a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.PausedMs - b.PausedMs);

        public MemoryReading Per(int count) => new(AllocatedBytes / count, Gen0 / count, Gen1 / count, Gen2 / count, PausedMs / count);

        public override string ToString() =>
            Invariant($"allocated {AllocatedBytes / 1048576:0.0} MiB, GC paused {PausedMs:0.0} ms (collections per request: gen0 {Gen0:0.00}, gen1 {Gen1:0.00}, gen2 {Gen2:0.00})");
    }

    private sealed class Percentiles(IReadOnlyList<double> values)
    {
        private readonly double[] _sorted = [.. values.Order()];

        public double P50 => At(0.50);

        public double P95 => At(0.95);

        public override string ToString() => Invariant($"p50 {At(0.50):0.0} ms, p95 {P95:0.0} ms, min {_sorted[0]:0.0} ms, max {_sorted[^1]:0.0} ms");

        private double At(double p) => _sorted[(int)Math.Ceiling(p * _sorted.Length) - 1];
    }
}
