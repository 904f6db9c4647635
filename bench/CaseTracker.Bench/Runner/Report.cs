using System.Text;
using static System.FormattableString;

namespace CaseTracker.Bench.Runner;

/// <summary>
/// The results as issue 17's table. A scenario's figures are its worst round (the highest p95), so a
/// target is met only if every round met it; a round with errors or unexpected answers fails it too.
/// A round is marked busy when more than 5 % of the CPU was stolen or went to other processes.
/// </summary>
internal static class Report
{
    private const double BusyPercent = 5;

    public static bool Met(ScenarioResult result) =>
        result.Rounds.All(r => r.Page.Errors == 0 && r.Page.Unexpected == 0 && r.Page.Requests > 0)
        && (result.Scenario.TargetP95 is not { } target || result.Rounds.Max(r => r.Page.P95) <= target);

    public static string Line(ScenarioResult result)
    {
        var worst = Worst(result);
        return Invariant($"{result.Scenario.Name,-42} {worst.Page.RequestsPerSecond,8:0} req/s  p95 {worst.Page.P95,8:0.0} ms  CPU {worst.CpuPerRequest.App,5:0.0} + {worst.CpuPerRequest.Database,5:0.0} ms/req  target {Target(result.Scenario),6}  {Verdict(result)}");
    }

    public static string Markdown(IReadOnlyList<ScenarioResult> results, bool quick, string machine)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"# bench/run.sh{(quick ? " --quick" : "")}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        text.AppendLine();
        text.AppendLine(Invariant($"Machine: {machine}. wrk: 2 threads, 16 connections unless said, {(quick ? "3 rounds of 1 s (quick)" : "3 rounds of 15 s")}, each after 5 s of the Fortunes baseline ({(quick ? "1 s in quick" : "same connections")}) and a /health/live check. Figures are the worst round's; the ratio is the page's requests per second over the baseline's in the same round; CPU per request is the app's and PostgreSQL's CPU time in that round over its requests (steadier than latency on a shared machine)."));
        text.AppendLine();
        text.AppendLine("| page | as | conns | req/s | p50 ms | p95 ms | p99 ms | errors | Fortunes req/s | ratio | RSS MiB | CPU ms/req app + db | machine busy | target p95 | met |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var result in results)
        {
            var worst = Worst(result);
            var busy = result.Rounds.Max(r => Math.Max(r.StealPercent, r.OtherPercent));
            text.AppendLine(Invariant(
                $"| {result.Scenario.Name} | {result.Scenario.Account} | {result.Scenario.Connections} | {worst.Page.RequestsPerSecond:0} | {worst.Page.P50:0.0} | {worst.Page.P95:0.0} | {worst.Page.P99:0.0} | {worst.Page.Errors + worst.Page.Unexpected} | {worst.Baseline.RequestsPerSecond:0} | {worst.Page.RequestsPerSecond / Math.Max(1, worst.Baseline.RequestsPerSecond):0.000} | {result.Rounds.Max(r => r.PeakMiB):0} | {worst.CpuPerRequest.App:0.0} + {worst.CpuPerRequest.Database:0.0} | {(busy > BusyPercent ? Invariant($"yes ({busy:0} %)") : Invariant($"no ({busy:0.0} %)"))} | {Target(result.Scenario)} | {Verdict(result)} |"));
        }

        var peak = results.SelectMany(r => r.Rounds).Select(r => r.PeakMiB).DefaultIfEmpty(0).Max();
        text.AppendLine();
        text.AppendLine(Invariant($"Resident memory of the app, highest seen: {peak:0} MiB (target under 400): {(peak < 400 ? "met" : "NOT met")}."));
        var missed = results.Where(r => !Met(r)).Select(r => r.Scenario.Name).ToList();
        text.AppendLine(missed.Count == 0 && peak < 400 ? "Every target met." : $"Not met: {string.Join(", ", missed.Append(peak < 400 ? null : "memory").OfType<string>())}.");
        return text.ToString();
    }

    private static string Target(Scenario scenario) => scenario.TargetP95 is { } target ? Invariant($"{target}") : "—";

    private static string Verdict(ScenarioResult result) => Met(result) ? (result.Scenario.TargetP95 is null ? "measured" : "met") : "NOT met";

    private static MeasuredRound Worst(ScenarioResult result) =>
        result.Rounds.MaxBy(r => r.Page.P95) ?? throw new InvalidOperationException("A scenario without rounds.");
}
