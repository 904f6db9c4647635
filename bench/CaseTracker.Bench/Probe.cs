using System.Diagnostics;
using CaseTracker.Bench.Generation;
using static System.FormattableString;

namespace CaseTracker.Bench;

/// <summary>
/// <c>... -- probe --connection "..."</c>: the pages of issue 17's table, each requested alone three times by
/// a signed-in researcher and admin on a generated database, with the fastest time printed: the quick look
/// for finding a slow page before a full run (pair it with PostgreSQL's auto_explain to see the plans);
/// <c>--only text</c> keeps the pages whose address contains it; BENCH_SAVE=folder keeps the answers.
/// </summary>
internal static class Probe
{
    public static async Task<int> RunAsync(string connection, string? only = null)
    {
        await using var app = new BenchApp(connection);
        foreach (var role in new[] { "researcher", "admin" })
        {
            using var client = await app.SignedInClientAsync(role);
            var bigCase = await ScalarAsync(connection, $"SELECT id FROM cases WHERE reference = '{Volumes.BigCase}'");
            var typical = await ScalarAsync(connection, "SELECT i.case_id FROM incidents i JOIN cases c ON c.id = i.case_id AND c.sensitivity = 'Standard' GROUP BY i.case_id HAVING count(*) BETWEEN 45 AND 55 ORDER BY i.case_id LIMIT 1");
            string[] pages =
            [
                $"/Search?q={Words.Rare(7)}", "/Search?q=threatened", $"/Search?q={Words.Everywhere}", "/Search?q=detained+summoned",
                "/Search?q=%22officers+detained%22", "/Search?q=nothingmatchesthis", "/Search?q=Gennadii", "/Search?q=%D0%93%D0%B5%D0%BD%D0%BD%D0%B0%D0%B4%D0%B8%D0%B9",
                "/Statistics", "/Cases", "/Cases?status=Open&country=KG", "/People", $"/Cases/Details/{typical}", $"/Cases/Details/{bigCase}",
                $"/Cases/{typical}/Timeline", $"/Cases/{bigCase}/Timeline", "/Audit",
            ];
            foreach (var page in pages.Where(p => only is null || p.Contains(only, StringComparison.Ordinal)))
            {
                var best = double.MaxValue;
                var status = 0;
                long bytes = 0;
                for (var i = 0; i < 3; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
                    var body = await response.Content.ReadAsByteArrayAsync();
                    bytes = body.Length;
                    if (Environment.GetEnvironmentVariable("BENCH_SAVE") is { Length: > 0 } folder)
                    {
                        // BENCH_SAVE=folder keeps each answer, to see what makes a page heavy.
                        Directory.CreateDirectory(folder);
                        await File.WriteAllBytesAsync(Path.Combine(folder, $"{role}-{string.Concat(page.Split(Path.GetInvalidFileNameChars().Append('?').Append('&').ToArray()))}.html"), body);
                    }

                    best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    status = (int)response.StatusCode;
                }

                Console.WriteLine(Invariant($"{role,-10} {best,8:0.0} ms  {status}  {bytes / 1024,6} KiB  {page}"));
            }
        }

        return 0;
    }

    private static async Task<object?> ScalarAsync(string connection, string sql)
    {
        await using var database = Npgsql.NpgsqlDataSource.Create(connection);
        await using var command = database.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }
}
