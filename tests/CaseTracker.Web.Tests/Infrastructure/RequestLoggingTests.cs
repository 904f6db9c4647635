using System.Collections.Concurrent;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseTracker.Web.Tests.Infrastructure;

public class RequestLoggingTests
{
    [Fact]
    public async Task Each_request_is_logged_with_route_status_and_user_id_but_never_the_email_or_query_text()
    {
        var logs = new CapturingLoggerProvider();
        await using var factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync())
        {
            TestServices = services => services.AddSingleton<ILoggerProvider>(logs),
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
        foreach (var message in logs.Messages)
        {
            message.ShouldNotContain("caseworker@", Case.Insensitive);
            message.ShouldNotContain("Ruziev", Case.Insensitive);
            message.ShouldNotContain("wrong password", Case.Insensitive);
            message.ShouldNotContain(CaseTrackerFactory.DemoPassword, Case.Insensitive);
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(Messages);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
        }
    }
}
