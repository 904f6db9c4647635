using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseTracker.Web.Tests.TestInfrastructure;

/// <summary>
/// The real app (Program.cs, real PostgreSQL, real migrations) in the test host, with only what a test
/// must control changed: the database, the environment, the demo password and the retry pace.
/// </summary>
public class CaseTrackerFactory(string connectionString, string environment = "Development") : WebApplicationFactory<Program>
{
    public const string DemoPassword = "correct horse battery staple";

    public string ConnectionString { get; } = connectionString;

    /// <summary>The app's clock: real time unless a test sets it.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Settings a test wants on top of the defaults (null removes the default).</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Demo:Password"] = DemoPassword,
        ["Database:MaxRetryDelaySeconds"] = "1",

        // Every test client signs in from loopback; the throttle has a test of its own.
        ["Security:SignInAttemptsPerMinute"] = "10000",
        // Production's levels (the suite log scan reads them); nothing on the console of the test run.
        ["Logging:Console"] = "false",
    };

    /// <summary>Extra service changes for one test (a capturing log provider, a console stand-in).</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:CaseTracker", ConnectionString);
        if (new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString).Username == TestDatabases.AppRole)
        {
            builder.UseSetting("ConnectionStrings:CaseTrackerOwner", TestDatabases.OwnerOf(ConnectionString));
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            services.AddSingleton<IStartupFilter, LoopbackClientAddress>();
            SuiteLog.AddTo(services);
        });
        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }

    public HttpClient CreateClientWithoutRedirects() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });

    /// <summary>Waits until /health/ready answers 200, or fails with what it answered last.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        using var client = CreateClientWithoutRedirects();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        HttpStatusCode last;
        do
        {
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            last = response.StatusCode;
            if (last == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"The app did not become ready; /health/ready last answered {(int)last}.");
    }
}

/// <summary>
/// The in-process test server has no socket, so requests arrive without a client address; a real server
/// always has one. Requests here come from loopback, as they would through Kestrel on this machine.
/// </summary>
internal sealed class LoopbackClientAddress : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, proceed) =>
        {
            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return proceed(context);
        });
        next(app);
    };
}
