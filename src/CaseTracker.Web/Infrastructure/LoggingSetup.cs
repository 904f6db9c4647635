using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Serilog (Serilog.AspNetCore) is the logging pipeline: readable console lines in Development, one JSON
/// object per line elsewhere. Levels come from the usual <c>Logging:LogLevel</c> section (the default and
/// one override per category), so a disabled level costs nothing; the <c>Serilog</c> section can add
/// enrichers, properties or sinks; sinks registered as services (the tests' suite log) are added too.
/// <c>Logging:Console</c> = false turns the console off. Built per host, never the static
/// <see cref="Log.Logger"/>, so several hosts in one process (the tests) keep their own.
/// </summary>
public static class LoggingSetup
{
    private const string ReadableTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static ILoggingBuilder AddCaseTrackerLogging(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.Services.AddSerilog((services, config) => Configure(config, services), preserveStaticLogger: true);
        return logging;
    }

    private static void Configure(LoggerConfiguration config, IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var levels = configuration.GetSection("Logging:LogLevel");
        config.MinimumLevel.Is(Level(levels["Default"]) ?? LogEventLevel.Information);
        foreach (var category in levels.GetChildren().Where(c => c.Key != "Default"))
        {
            if (Level(category.Value) is { } level)
            {
                config.MinimumLevel.Override(category.Key, level);
            }
        }

        config.ReadFrom.Configuration(configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.With<NoRequestPath>()
            .Enrich.WithProperty("Application", "CaseTracker");
        if (configuration.GetValue("Logging:Console", true))
        {
            if (services.GetRequiredService<IHostEnvironment>().IsDevelopment())
            {
                config.WriteTo.Console(outputTemplate: ReadableTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                config.WriteTo.Console(new JsonFormatter(renderMessage: true, formatProvider: System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>
    /// ASP.NET Core puts the request path in the logging scope of everything logged during a request; a
    /// path can carry what someone typed (a mistyped address, a name), so it never reaches a log event.
    /// </summary>
    private sealed class NoRequestPath : Serilog.Core.ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, Serilog.Core.ILogEventPropertyFactory propertyFactory) =>
            logEvent.RemovePropertyIfPresent("RequestPath");
    }

    /// <summary>Microsoft.Extensions.Logging's level names as Serilog levels ("None" turns a category off).</summary>
    private static LogEventLevel? Level(string? name) => name switch
    {
        "Trace" => LogEventLevel.Verbose,
        "Debug" => LogEventLevel.Debug,
        "Information" => LogEventLevel.Information,
        "Warning" => LogEventLevel.Warning,
        "Error" => LogEventLevel.Error,
        "Critical" => LogEventLevel.Fatal,
        "None" => LevelAlias.Off,
        _ => null,
    };
}
