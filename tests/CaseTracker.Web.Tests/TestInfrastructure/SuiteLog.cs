using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Core;
using Serilog.Events;
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
        .WriteTo.Sink(new AppendingJsonSink(LogPath!))
        .CreateLogger());

    private static readonly ConcurrentDictionary<string, byte> NotedSecrets = new(StringComparer.Ordinal);

    public static string SecretsPath(string logPath) => logPath + ".secrets";

    /// <summary>Adds the suite log to an app's logging, as one more sink at the app's own (production) levels.</summary>
    public static void AddTo(IServiceCollection services)
    {
        if (LogPath is not null)
        {
            services.AddSingleton<ILogEventSink>(new ForwardingSink(SharedLogger.Value));
        }
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

    /// <summary>
    /// Every app's events, as the app's own pipeline made them, into the one shared file. No enricher of
    /// its own: the event object is shared with the app's other sinks.
    /// </summary>
    private sealed class ForwardingSink(Serilog.Core.Logger shared) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => shared.Write(logEvent);
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
