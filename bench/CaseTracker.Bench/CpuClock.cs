using System.Globalization;

namespace CaseTracker.Bench;

/// <summary>
/// CPU time actually spent, read from Linux's /proc: by this process (the app and, in the same process,
/// the client reading the answers) and by the benchmark's PostgreSQL server and its backends. Unlike
/// wall time it does not grow when a virtual machine's host takes the CPU away ("steal"), which on the
/// machines this project is built on can be most of the time; the steal share is read too, so a run can
/// say how far its wall times can be trusted.
/// </summary>
internal sealed class CpuClock(string postgresDataDirectory)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on

    public readonly record struct Reading(double AppSeconds, double PostgresSeconds, long StealTicks, long AllTicks);

    public Reading Read()
    {
        var self = Fields(File.ReadAllText("/proc/self/stat"));
        var postmaster = int.Parse(File.ReadLines(Path.Combine(postgresDataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        double postgres = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var fields = Fields(File.ReadAllText(Path.Combine(directory, "stat")));
                if (pid == postmaster)
                {
                    postgres += Seconds(fields, withChildren: true); // children that ended are counted in their parent
                }
                else if (fields[1] == postmaster.ToString(CultureInfo.InvariantCulture))
                {
                    postgres += Seconds(fields, withChildren: false);
                }
            }
            catch (IOException)
            {
                // the process ended while we looked
            }
        }

        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        return new Reading(Seconds(self, withChildren: false), postgres, cpu.Length > 7 ? cpu[7] : 0, cpu.Sum());
    }

    /// <summary>The fields after the command name, which may itself hold spaces: [0] state, [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.</summary>
    private static string[] Fields(string stat) => stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

    private static double Seconds(string[] fields, bool withChildren)
    {
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        if (withChildren)
        {
            ticks += long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        }

        return ticks / TicksPerSecond;
    }
}
