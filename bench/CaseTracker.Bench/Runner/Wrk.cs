using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseTracker.Bench.Runner;

/// <summary>What one wrk round measured: latencies in milliseconds, errors (socket errors and statuses of 400 and up) and unexpected answers (any status the script did not expect).</summary>
internal sealed record WrkRound(long Requests, double Seconds, double P50, double P95, double P99, long Errors, long Unexpected, long Saved)
{
    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;
}

/// <summary>Runs Debian's wrk (2 threads) with one of the scripts in bench/wrk and reads the line its <c>done</c> writes.</summary>
internal static partial class Wrk
{
    public static async Task<WrkRound> RunAsync(string script, Uri url, int connections, int seconds, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-t", "2", "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{seconds}s", "--timeout", "10s", "-s", script, url.AbsoluteUri })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start: is it installed (apt-get install wrk)?");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        var line = ResultLine().Match(text);
        if (process.ExitCode != 0 || !line.Success)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}) on {url}: {text} {await error}");
        }

        double Number(string name) => double.Parse(line.Groups[name].Value, CultureInfo.InvariantCulture);
        return new WrkRound((long)Number("requests"), Number("seconds"), Number("p50"), Number("p95"), Number("p99"), (long)Number("errors"), (long)Number("unexpected"),
            line.Groups["saved"].Success ? (long)Number("saved") : 0);
    }

    [GeneratedRegex(@"wrk-result requests=(?<requests>\d+) seconds=(?<seconds>[\d.]+) p50=(?<p50>[\d.]+) p95=(?<p95>[\d.]+) p99=(?<p99>[\d.]+) errors=(?<errors>\d+) unexpected=(?<unexpected>\d+)( saved=(?<saved>\d+))?")]
    private static partial Regex ResultLine();
}
