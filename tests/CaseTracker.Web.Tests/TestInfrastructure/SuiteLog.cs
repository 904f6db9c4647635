using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Json;

namespace CaseTracker.Web.Tests.TestInfrastructure;

/// <summary>
/// When <c>CASETRACKER_SUITE_LOG</c> names a file (./test.sh sets it), every app the suite starts also
/// writes its log there, as the JSON lines production writes and at production's levels, and every
/// password a test types is noted beside it (<c>.secrets</c>). After the suite, <c>SuiteLogScanTests</c>
/// searches that log for seeded names and for those passwords.
/// </summary>
public static class SuiteLog
{
    public const string PathVariable = "CASETRACKER_SUITE_LOG";

    private static readonly string? LogPath = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : null;
    private static readonly Lazy<Serilog.Core.Logger> SharedLogger = new(() => new LoggerConfiguration()
        .MinimumLevel.Verbose()
        .Enrich.FromLogContext()
        .Enrich.WithProperty("Application", "CaseTracker")
        .WriteTo.Sink(new AppendingJsonSink(LogPath!))
        .CreateLogger());

    private static readonly ConcurrentDictionary<string, byte> NotedSecrets = new(StringComparer.Ordinal);

    public static string SecretsPath(string logPath) => logPath + ".secrets";

    /// <summary>Adds the suite log to an app's logging, with the levels of appsettings.json.</summary>
    public static void AddTo(IServiceCollection services)
    {
        if (LogPath is null)
        {
            return;
        }

        services.AddSingleton<ILoggerProvider, SuiteLogProvider>();
        services.Configure<LoggerFilterOptions>(options =>
        {
            var provider = typeof(SuiteLogProvider).FullName;
            options.Rules.Add(new LoggerFilterRule(provider, null, LogLevel.Information, null));
            options.Rules.Add(new LoggerFilterRule(provider, "Microsoft", LogLevel.Warning, null));
            options.Rules.Add(new LoggerFilterRule(provider, "Microsoft.Hosting.Lifetime", LogLevel.Information, null));
            options.Rules.Add(new LoggerFilterRule(provider, "Microsoft.EntityFrameworkCore", LogLevel.Warning, null));
        });
    }

    /// <summary>Notes a password a test submits, so the scan can look for it.</summary>
    public static void NoteSecret(string value)
    {
        if (LogPath is null || string.IsNullOrEmpty(value) || !NotedSecrets.TryAdd(value, 0))
        {
            return;
        }

        lock (NotedSecrets)
        {
            File.AppendAllLines(SecretsPath(LogPath), [value]);
        }
    }

    private sealed class SuiteLogProvider : ILoggerProvider
    {
        private readonly SerilogLoggerProvider _inner = new(SharedLogger.Value, dispose: false);

        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => _inner.CreateLogger(categoryName);

        public void Dispose() => _inner.Dispose();
    }

    private sealed class AppendingJsonSink(string path) : ILogEventSink
    {
        private readonly JsonFormatter _formatter = new(renderMessage: true, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        private readonly Lock _gate = new();

        public void Emit(LogEvent logEvent)
        {
            var line = new StringWriter();
            _formatter.Format(logEvent, line);
            lock (_gate)
            {
                File.AppendAllText(path, line.ToString());
            }
        }
    }
}
