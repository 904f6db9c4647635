using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Json;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Serilog behind Microsoft.Extensions.Logging: readable console lines in Development, one JSON object
/// per line elsewhere. Levels come from the usual <c>Logging:LogLevel</c> section; the <c>Serilog</c>
/// section can add enrichers or properties. The logger is built when first needed so that test hosts
/// and environment variables are already part of the configuration.
/// </summary>
public static class LoggingSetup
{
    private const string ReadableTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static ILoggingBuilder AddCaseTrackerLogging(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.Services.AddSingleton<ILoggerProvider>(provider => new SerilogLoggerProvider(
            CreateLogger(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>()),
            dispose: true));
        return logging;
    }

    public static Serilog.ILogger CreateLogger(IConfiguration configuration, IHostEnvironment environment)
    {
        var config = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "CaseTracker");

        config = environment.IsDevelopment()
            ? config.WriteTo.Console(outputTemplate: ReadableTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            : config.WriteTo.Console(new JsonFormatter(renderMessage: true, formatProvider: System.Globalization.CultureInfo.InvariantCulture));
        return config.CreateLogger();
    }

    /// <summary>For messages before the host exists (a bad configuration, the migrate command).</summary>
    public static Serilog.ILogger CreateBootstrapLogger() => new LoggerConfiguration()
        .MinimumLevel.Information()
        .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
        .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
        .CreateLogger();
}
