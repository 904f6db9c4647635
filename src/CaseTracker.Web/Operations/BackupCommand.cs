namespace CaseTracker.Web.Operations;

/// <summary>
/// <c>dotnet CaseTracker.Web.dll backup [folder]</c>: one custom-format pg_dump of the whole database,
/// named with the time (UTC), in the folder (default: the current one). The data-protection key ring is
/// in the database (ADR 19), so the one file brings back the records, the audit trail, the accounts and
/// the keys that open existing sessions and set-password links.
/// </summary>
internal static class BackupCommand
{
    public const string Name = "backup";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var clock = services.GetRequiredService<TimeProvider>();
        var folder = Path.GetFullPath(args.Count > 1 ? args[1] : ".");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"casetracker-{clock.GetUtcNow():yyyyMMdd-HHmmss}Z.dump");

        var (exitCode, errors) = await PostgresTools.RunAsync(
            configuration, "pg_dump", ["--format=custom", "--compress=6", "--file", file], PostgresTools.OwnerConnectionString(configuration));
        if (exitCode != 0)
        {
            File.Delete(file);
            await output.WriteLineAsync($"The backup failed (pg_dump exit code {exitCode}):");
            await output.WriteLineAsync(errors.Trim());
            return 2;
        }

        await output.WriteLineAsync($"Backed up to {file} ({new FileInfo(file).Length:N0} bytes).");
        await output.WriteLineAsync("Keep it where the database is not, encrypted: it holds everything, confidential fields included.");
        return 0;
    }
}
