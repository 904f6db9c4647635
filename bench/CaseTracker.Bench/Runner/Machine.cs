using System.Globalization;

namespace CaseTracker.Bench.Runner;

/// <summary>
/// Whether the machine was doing something else during a round: the CPU stolen by the hypervisor, and the
/// CPU used by processes other than this one (the app), PostgreSQL and wrk, both as shares of all CPU
/// time in the round, from /proc (Linux only).
/// </summary>
internal sealed class Machine
{
    private readonly long _total;
    private readonly long _busy;
    private readonly long _steal;
    private readonly Dictionary<int, long> _ours;
    private readonly long _app;

    private Machine(long total, long busy, long steal, Dictionary<int, long> ours, long app) => (_total, _busy, _steal, _ours, _app) = (total, busy, steal, ours, app);

    /// <summary>Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    public static Machine Now()
    {
        // cpu  user nice system idle iowait irq softirq steal ...
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var total = cpu.Take(8).Sum();
        var idle = cpu[3] + cpu[4];
        // This process (the app) with its waited-for children (each wrk round), and each database process.
        var ours = PostgresProcesses().ToDictionary(pid => pid, pid => CpuOf(pid));
        ours[Environment.ProcessId] = CpuOf(Environment.ProcessId, withChildren: true);
        return new Machine(total, total - idle - cpu[7], cpu[7], ours, CpuOf(Environment.ProcessId));
    }

    /// <summary>
    /// CPU seconds the app (this process, its wrk children apart) and PostgreSQL (every server process) used
    /// between two readings: divided by the requests served, what a page costs, steadier than its latency
    /// on a machine shared with others.
    /// </summary>
    public static (double AppSeconds, double DatabaseSeconds) CpuBetween(Machine before, Machine after)
    {
        var database = after._ours.Where(p => p.Key != Environment.ProcessId).Sum(p => Math.Max(0, p.Value - before._ours.GetValueOrDefault(p.Key)));
        return ((after._app - before._app) / TicksPerSecond, database / TicksPerSecond);
    }

    /// <summary>Steal and other processes' CPU between two readings, as percentages of all CPU time.</summary>
    public static (double StealPercent, double OtherPercent) Between(Machine before, Machine after)
    {
        var total = Math.Max(1, after._total - before._total);
        // Per process, so that a database connection closed during the round (its time gone from /proc)
        // is not counted as time taken by someone else; one opened during it counts from zero.
        var ours = after._ours.Sum(p => Math.Max(0, p.Value - before._ours.GetValueOrDefault(p.Key)));
        var other = after._busy - before._busy - ours;
        return (100.0 * (after._steal - before._steal) / total, Math.Max(0, 100.0 * other / total));
    }

    private static long CpuOf(int pid, bool withChildren = false)
    {
        try
        {
            // Fields after the command: utime and stime are the 12th and 13th, cutime and cstime follow.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int i) => long.Parse(fields[i], CultureInfo.InvariantCulture);
            return Field(11) + Field(12) + (withChildren ? Field(13) + Field(14) : 0);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>The resident memory of this process (the app) in MiB.</summary>
    public static double ResidentMiB()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    public static string Describe()
    {
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return FormattableString.Invariant($"{Environment.ProcessorCount} CPUs ({model}), {long.Parse(memory, CultureInfo.InvariantCulture) / 1024 / 1024.0:0.#} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    }

    private static IEnumerable<int> PostgresProcesses()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && File.Exists($"{dir}/comm") && ReadComm(dir) == "postgres")
            {
                yield return pid;
            }
        }
    }

    private static string ReadComm(string dir)
    {
        try
        {
            return File.ReadAllText($"{dir}/comm").Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }
}
