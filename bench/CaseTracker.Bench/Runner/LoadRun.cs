using System.Net;
using System.Text.RegularExpressions;
using CaseTracker.Bench.Generation;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static System.FormattableString;

namespace CaseTracker.Bench.Runner;

/// <summary>One scenario's rounds, each with the Fortunes baseline measured just before it.</summary>
internal sealed record ScenarioResult(Scenario Scenario, IReadOnlyList<MeasuredRound> Rounds);

/// <summary>One round: the baseline before it, the page, what else the machine did, the app's peak memory and the CPU app and database spent.</summary>
internal sealed record MeasuredRound(WrkRound Baseline, WrkRound Page, double StealPercent, double OtherPercent, double PeakMiB, double AppCpuSeconds, double DatabaseCpuSeconds)
{
    /// <summary>CPU milliseconds per request, app and database.</summary>
    public (double App, double Database) CpuPerRequest => Page.Requests == 0 ? (0, 0) : (1000 * AppCpuSeconds / Page.Requests, 1000 * DatabaseCpuSeconds / Page.Requests);
}

/// <summary>
/// <c>... -- run --connection "..." [--quick] [--only "text|text"] [--out file]</c>, called by bench/run.sh: the app
/// in Production on the generated database, each role signed in through the form, every scenario of
/// <see cref="Scenarios"/> warmed up and then measured in rounds with wrk, each round preceded by the
/// Fortunes baseline and a /health/live check; the table goes to the console and to bench/results.
/// </summary>
internal static partial class LoadRun
{
    public static async Task<int> RunAsync(string connection, bool quick, string? only, string output)
    {
        var (rounds, baselineSeconds, pageSeconds, warmUpSeconds) = quick ? (3, 1, 1, 1) : (3, 5, 15, 5);
        // BENCH_WARMUP_SECONDS: a longer warm-up under load, for comparing one or two scenarios alone (the
        // first scenario of a run otherwise pays for much of the JIT's tiering in its CPU per request).
        if (int.TryParse(Environment.GetEnvironmentVariable("BENCH_WARMUP_SECONDS"), out var longer) && longer > 0)
        {
            warmUpSeconds = longer;
        }

        await BaselineFortunes.EnsureTableAsync(connection);
        var ids = await IdsAsync(connection);
        await using var app = new BenchApp(connection, production: true);
        using (await app.ReadyClientAsync())
        {
        }

        var baseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        var sessions = new Dictionary<string, Session>();
        foreach (var account in new[] { "researcher", "admin", "caseworker" })
        {
            sessions[account] = await Session.SignInAsync(baseAddress, account);
        }

        var scenarios = Scenarios.For(ids).Where(s => only is null || only.Split('|').Any(part => s.Name.Contains(part, StringComparison.OrdinalIgnoreCase))).ToList();
        var typeId = await WarmUpAsync(scenarios, sessions);
        var results = new List<ScenarioResult>();
        var wrkFolder = Path.Combine(AppContext.BaseDirectory, "wrk");
        foreach (var scenario in scenarios)
        {
            // A session signed in just now: wrk replays one cookie, which the app's idle timeout would end
            // half an hour into the run (each later request then answered with a redirect to sign-in).
            sessions[scenario.Account].Dispose();
            sessions[scenario.Account] = await Session.SignInAsync(baseAddress, scenario.Account);
            var session = sessions[scenario.Account];
            var environment = new Dictionary<string, string>
            {
                ["BENCH_COOKIE"] = session.CookieHeader,
                ["BENCH_FORM_PATH"] = scenario.Path,
                ["BENCH_TYPE_ID"] = typeId,
            };
            // Unmeasured, at full load: the page's code reaches the JIT's optimised tier (after 30 calls and a
            // background compile) before a round counts it. Three requests were too few: a scenario measured first
            // ran at a third of the speed it had later in the same process, Fortunes too.
            var script = Path.Combine(wrkFolder, scenario.CreatesIncident ? "create-incident.lua" : "get.lua");
            await Wrk.RunAsync(Path.Combine(wrkFolder, "get.lua"), new Uri(baseAddress, BaselineFortunes.Path), 16, warmUpSeconds, environment);
            var warmedUp = await WarmUpUntilJitQuietAsync(script, new Uri(baseAddress, scenario.Path), scenario.Connections, warmUpSeconds, quick ? 10 : 60, environment);
            Console.WriteLine(FormattableString.Invariant($"  {scenario.Name}: warmed up for {warmedUp:0} s"));

            var measured = new List<MeasuredRound>();
            for (var round = 0; round < rounds; round++)
            {
                var baseline = await Wrk.RunAsync(Path.Combine(wrkFolder, "get.lua"), new Uri(baseAddress, BaselineFortunes.Path), 16, baselineSeconds, environment);
                using (var live = new HttpClient { BaseAddress = baseAddress })
                using (var health = await live.GetAsync(new Uri("/health/live", UriKind.Relative)))
                {
                    health.EnsureSuccessStatusCode();
                }

                var before = Machine.Now();
                using var memory = new PeakMemory();
                var page = await Wrk.RunAsync(script, new Uri(baseAddress, scenario.Path), scenario.Connections, pageSeconds, environment);
                var after = Machine.Now();
                var (steal, other) = Machine.Between(before, after);
                var (appCpu, databaseCpu) = Machine.CpuBetween(before, after);
                measured.Add(new MeasuredRound(baseline, page, steal, other, memory.Stop(), appCpu, databaseCpu));
            }

            var result = new ScenarioResult(scenario, measured);
            results.Add(result);
            Console.WriteLine(Report.Line(result));
        }

        var report = Report.Markdown(results, quick, Machine.Describe());
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, report);
        Console.WriteLine();
        Console.WriteLine(report);
        return results.All(Report.Met) ? 0 : 1;
    }

    /// <summary>
    /// The page under load for <paramref name="minimumSeconds"/>, then two seconds at a time for as long as the JIT
    /// compiled more than a few methods in the last two (tiered compilation still optimising the page's code on
    /// its background thread: a CPU profile 40 s into a scenario warmed up for 5 s still had 9 % of its samples
    /// in the JIT and most of the app's methods unoptimised), at most <paramref name="maximumSeconds"/>.
    /// The app runs in this process, so the JIT counted is the app's. Returns the seconds it took.
    /// </summary>
    private static async Task<double> WarmUpUntilJitQuietAsync(
        string script, Uri page, int connections, int minimumSeconds, int maximumSeconds, Dictionary<string, string> environment)
    {
        const int QuietMethods = 10;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Wrk.RunAsync(script, page, connections, minimumSeconds, environment);
        while (clock.Elapsed.TotalSeconds < maximumSeconds)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            await Wrk.RunAsync(script, page, connections, 2, environment);
            if (System.Runtime.JitInfo.GetCompiledMethodCount() - compiled <= QuietMethods)
            {
                break;
            }
        }

        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Each page once per account, which must answer 200 (a redirect to sign-in would measure nothing), then a few more; the incident type the form offers first.</summary>
    private static async Task<string> WarmUpAsync(IReadOnlyList<Scenario> scenarios, IReadOnlyDictionary<string, Session> sessions)
    {
        var typeId = "";
        foreach (var scenario in scenarios)
        {
            for (var i = 0; i < 3; i++)
            {
                var page = await sessions[scenario.Account].GetStringAsync(scenario.Path);
                if (scenario.CreatesIncident)
                {
                    typeId = TypeField().Match(page) is { Success: true } type ? type.Groups[1].Value : throw new InvalidOperationException("The incident form offers no type.");
                    using var saved = await sessions[scenario.Account].PostFormAsync(scenario.Path, new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = Session.Token(page),
                        ["SubmissionKey"] = SubmissionKeyField().Match(page).Groups[1].Value,
                        ["Input.Title"] = "Benchmark warm-up incident",
                        ["Input.Date"] = "2024",
                        ["Input.Verification"] = "Alleged",
                        ["Input.TypeIds"] = typeId,
                    });
                    if (saved.StatusCode != HttpStatusCode.Redirect)
                    {
                        throw new InvalidOperationException($"The warm-up incident was not saved ({(int)saved.StatusCode}): the wrk script would measure a form that fails.");
                    }
                }
            }
        }

        return typeId;
    }

    private static async Task<ScenarioIds> IdsAsync(string connection)
    {
        await using var database = NpgsqlDataSource.Create(connection);
        async Task<object> Scalar(string sql)
        {
            await using var command = database.CreateCommand(sql);
            return await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"Nothing for: {sql}. Was the database generated (bench/run.sh does it)?");
        }

        // Two typical cases: one read, one the create-incident scenario writes to, so that the pages read
        // stay typical. A case written to has thousands of incidents after a run; the next run picks others.
        var typicalCases = """
            SELECT i.case_id FROM incidents i JOIN cases c ON c.id = i.case_id AND c.sensitivity = 'Standard'
            GROUP BY i.case_id HAVING count(*) BETWEEN 45 AND 55 ORDER BY i.case_id
            """;
        var typical = (Guid)await Scalar(typicalCases + " LIMIT 1");
        return new ScenarioIds(
            typical,
            (Guid)await Scalar(typicalCases + " OFFSET 1 LIMIT 1"),
            (Guid)await Scalar($"SELECT id FROM cases WHERE reference = '{Volumes.BigCase}'"),
            (Guid)await Scalar(Invariant($"SELECT person_id FROM case_participants WHERE case_id = '{typical}' ORDER BY person_id LIMIT 1")),
            (string)await Scalar("SELECT reference FROM cases ORDER BY reference OFFSET (SELECT count(*) / 2 FROM cases) LIMIT 1"));
    }

    [GeneratedRegex("name=\"Input.TypeIds\"[^>]*value=\"([0-9a-f-]{36})\"")]
    private static partial Regex TypeField();

    [GeneratedRegex("name=\"SubmissionKey\"[^>]*value=\"([0-9a-f-]{36})\"")]
    private static partial Regex SubmissionKeyField();

    /// <summary>The largest resident memory of this process (the app) seen while a round ran, sampled every 200 ms.</summary>
    private sealed class PeakMemory : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task<double> _sampling;

        public PeakMemory() => _sampling = Task.Run(async () =>
        {
            var peak = Machine.ResidentMiB();
            while (!_stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, Machine.ResidentMiB());
                try
                {
                    await Task.Delay(200, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            return peak;
        });

        public double Stop()
        {
            _stop.Cancel();
            return _sampling.GetAwaiter().GetResult();
        }

        public void Dispose() => _stop.Dispose();
    }
}
