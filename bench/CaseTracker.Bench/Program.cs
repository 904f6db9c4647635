using CaseTracker.Bench.Generation;
using Npgsql;

namespace CaseTracker.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/CaseTracker.Bench</c>: the timeline benchmark (bench/README.md).
/// <c>... -- generate --connection "Host=...;Database=...;Username=..." [--quick]</c>: migrates that database
/// with the app's own migrations, adds the demo accounts, and fills it with issue 17's volumes (a tenth
/// with --quick). <c>... -- probe --connection "..."</c>: each page of issue 17 timed alone (Probe).
/// <c>... -- run --connection "..." [--quick] [--only name] [--out file]</c>: the load run (Runner.LoadRun, bench/run.sh).
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["generate" or "probe" or "run", ..])
        {
            return await TimelineBenchmark.RunAsync();
        }

        var connection = Option(args, "--connection") ?? Environment.GetEnvironmentVariable("BENCH_CONNECTION")
            ?? throw new ArgumentException("Give --connection \"Host=...;Database=...;Username=...\" (or BENCH_CONNECTION).");
        if (args[0] == "probe")
        {
            return await Probe.RunAsync(connection, Option(args, "--only"));
        }

        if (args[0] == "run")
        {
            var output = Option(args, "--out") ?? Path.Combine("bench", "results", $"{DateTime.UtcNow:yyyy-MM-dd-HHmm}{(args.Contains("--quick") ? "-quick" : "")}.md");
            return await Runner.LoadRun.RunAsync(connection, args.Contains("--quick"), Option(args, "--only"), output);
        }

        var volumes = args.Contains("--quick") ? Volumes.Quick : Volumes.Full;
        var started = System.Diagnostics.Stopwatch.StartNew();
        await CreateDatabaseAsync(connection);
        await using (var app = new BenchApp(connection))
        {
            using var ready = await app.ReadyClientAsync();
        }

        Console.WriteLine(FormattableString.Invariant($"Migrated and seeded in {started.Elapsed.TotalSeconds:0} s; generating {volumes}"));
        await using var database = NpgsqlDataSource.Create(connection);
        await new DataGenerator(database, volumes).RunAsync(Console.Out);

        // Last, so that bench/run.sh can tell a finished database from an interrupted one.
        await Runner.BaselineFortunes.EnsureTableAsync(connection);
        return 0;
    }

    /// <summary>An empty database of that name, so the app's first connection finds it (its migrations fill it).</summary>
    private static async Task CreateDatabaseAsync(string connection)
    {
        var target = new NpgsqlConnectionStringBuilder(connection);
        var name = target.Database ?? throw new ArgumentException("The connection string names no database.");
        await using var server = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connection) { Database = "postgres" }.ConnectionString);
        await using var exists = server.CreateCommand("SELECT 1 FROM pg_database WHERE datname = @name");
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = server.CreateCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            await create.ExecuteNonQueryAsync();
        }
    }

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
