using System.Diagnostics;

namespace CaseTracker.Web.Tests.TestInfrastructure;

/// <summary>Runs the outside tools test.sh installs into tests/node (npm ci): the OpenAPI linter, the EDTF parser.</summary>
public static class NodeTools
{
    /// <summary>The path of a file under tests/node, checked to exist with a hint to install the tools.</summary>
    public static string PathOf(params string[] parts)
    {
        var path = RepositoryFiles.PathOf(["tests", "node", .. parts]);
        File.Exists(path).ShouldBeTrue($"{path} is missing: run `npm ci --prefix tests/node` (test.sh does)");
        return path;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string program, string? standardInput, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = standardInput is not null };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry, no update check: CI has no internet beyond the package registries.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
