using System.Collections.Concurrent;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace CaseTracker.Web.Tests.Infrastructure;

public class RequestLoggingTests
{
    [Fact]
    public async Task Each_request_is_logged_with_route_status_and_user_id_but_never_the_email_or_query_text()
    {
        var logs = new CapturingSink();
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync())
        {
            TestServices = services => services.AddSingleton<ILogEventSink>(logs),
        };
        factory.Settings["Logging:LogLevel:Default"] = "Information";
        await factory.WaitUntilReadyAsync();
        using var client = factory.CreateClient();

        using (await client.SignInAsync("caseworker@casetracker.local", "a wrong password typed here"))
        {
        }

        using (await client.SignInAsync("caseworker@casetracker.local", CaseTrackerFactory.DemoPassword))
        {
        }

        using (await client.GetAsync(new Uri("/?q=Kamil%20Ruziev%20Karakol", UriKind.Relative)))
        {
        }

        var requestLines = logs.Messages.Where(m => m.StartsWith("HTTP ", StringComparison.Ordinal)).ToList();
        requestLines.ShouldContain(m => m.StartsWith("HTTP POST /Account/SignIn responded 200", StringComparison.Ordinal));
        requestLines.ShouldContain(m => m.StartsWith("HTTP GET / responded 200", StringComparison.Ordinal)
                                        && !m.EndsWith("for user -", StringComparison.Ordinal));
        requestLines.ShouldAllBe(line => !line.Contains("?", StringComparison.Ordinal), "no query string");
        logs.Events.ShouldContain(e => e.Contains("\"Route\":\"/Account/SignIn\"", StringComparison.Ordinal), "the route template is a property of its own");
        logs.Events.ShouldNotContain(e => e.Contains("RequestPath", StringComparison.Ordinal), "the path is not logged");
        foreach (var message in logs.Events)
        {
            message.ShouldNotContain("caseworker@", Case.Insensitive);
            message.ShouldNotContain("Ruziev", Case.Insensitive);
            message.ShouldNotContain("wrong password", Case.Insensitive);
            message.ShouldNotContain(CaseTrackerFactory.DemoPassword, Case.Insensitive);
        }
    }

    /// <summary>Every event as the message people read and as the JSON line production writes (all properties).</summary>
    private sealed class CapturingSink : ILogEventSink
    {
        private readonly JsonFormatter _json = new(renderMessage: true, formatProvider: System.Globalization.CultureInfo.InvariantCulture);

        public ConcurrentQueue<string> Messages { get; } = new();

        public ConcurrentQueue<string> Events { get; } = new();

        public void Emit(LogEvent logEvent)
        {
            Messages.Enqueue(logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture));
            var line = new StringWriter();
            _json.Format(logEvent, line);
            Events.Enqueue(line.ToString());
        }
    }
}
