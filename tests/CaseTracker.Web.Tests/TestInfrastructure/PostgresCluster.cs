using System.Diagnostics;
using System.Globalization;

namespace CaseTracker.Web.Tests.TestInfrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster in a temporary folder, reached over a Unix socket in that folder (no
/// port to clash with). Tuned for speed, not durability. PostgreSQL refuses to run as root, so as root
/// every server command runs as the <c>postgres</c> user.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _binDirectory;

    private PostgresCluster(string folder, string binDirectory)
    {
        Folder = folder;
        _binDirectory = binDirectory;
    }

    public string Folder { get; }

    private string DataDirectory => Path.Combine(Folder, "data");

    public string ConnectionString(string database, bool pooling = true) =>
        $"Host={Folder};Username=postgres;Database={database};Pooling={pooling};Timeout=5;Include Error Detail=false";

    private const string FolderPrefix = "casetracker-pg-";

    /// <summary>Creates the cluster's files (initdb) without starting the server.</summary>
    public static async Task<PostgresCluster> CreateAsync()
    {
        RemoveAbandoned();
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        var cluster = new PostgresCluster(folder, FindBinDirectory());
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["postgres:postgres", folder]);
        }

        await cluster.RunServerToolAsync("initdb", ["-D", cluster.DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        return cluster;
    }

    public static async Task<PostgresCluster> StartNewAsync()
    {
        var cluster = await CreateAsync();
        await cluster.StartAsync();
        return cluster;
    }

    /// <summary>
    /// A streaming standby of this running cluster (pg_basebackup -R) in a folder of its own, started: it
    /// replays every change of this one and answers reads only.
    /// </summary>
    public async Task<PostgresCluster> StartStandbyAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["postgres:postgres", folder]);
        }

        var standby = new PostgresCluster(folder, _binDirectory);
        await RunServerToolAsync("pg_basebackup", ["-D", standby.DataDirectory, "-h", Folder, "-U", "postgres", "-R", "-X", "stream", "--no-sync"]);
        await standby.StartAsync();
        return standby;
    }

    public Task StartAsync()
    {
        var settings = string.Join(' ',
            "-c listen_addresses=''",
            $"-c unix_socket_directories={Folder}",
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            // Each test class's app keeps its own pool of idle connections for the whole run: 300 slots ran out
            // once the suite passed 530 tests ("remaining connection slots are reserved").
            "-c max_connections=600 -c shared_buffers=64MB",
            // A throwaway cluster needs no gigabyte of write-ahead log kept between checkpoints.
            "-c max_wal_size=64MB -c min_wal_size=32MB");
        return RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "60", "-o", settings, "start"]);
    }

    public Task StopAsync() =>
        RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                await StopAsync();
            }
        }
        finally
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>
    /// Deletes the folders of clusters whose test run ended without removing them: a test host stopped
    /// before its exit handler finished deleting two gigabytes leaves them behind, and a few dozen runs
    /// filled this machine's disk. Only folders older than an hour whose server is not running are
    /// touched, so a run beside this one (still in initdb, or serving) keeps its cluster.
    /// </summary>
    internal static void RemoveAbandoned()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            try
            {
                if (Directory.GetLastWriteTimeUtc(folder) > DateTime.UtcNow.AddHours(-1) || ServerRunsIn(folder))
                {
                    continue;
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another run is deleting it, or it is not ours to delete.
            }
        }
    }

    private static bool ServerRunsIn(string folder)
    {
        var pidFile = Path.Combine(folder, "data", "postmaster.pid");
        return File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) && Directory.Exists($"/proc/{pid}");
    }

    private Task RunServerToolAsync(string tool, IReadOnlyList<string> arguments)
    {
        var executable = Path.Combine(_binDirectory, tool);
        return Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", "postgres", "--", executable, .. arguments])
            : RunAsync(executable, arguments);
    }

    private static string FindBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("CASETRACKER_PG_BIN");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        if (debian is not null)
        {
            return debian;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")));
        return onPath ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found. Run ./test.sh (it installs them), install the 'postgresql' package, " +
            "set CASETRACKER_PG_BIN to the folder holding initdb, or set CASETRACKER_TEST_CONNECTION to an existing server.");
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
