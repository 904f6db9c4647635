using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Bench;

/// <summary>
/// The real app (Program.cs, Release build, Kestrel on a loopback port) on the benchmark's database:
/// in Development for generating (migrations, demo accounts) and probing, or in Production for the load
/// run (<see cref="Runner.LoadRun"/>), as if behind a TLS-terminating proxy on this machine, with the
/// baseline Fortunes page added (<see cref="Runner.BaselineFortunes"/>; it exists only in this build).
/// </summary>
internal sealed partial class BenchApp(string connectionString, bool production = false) : WebApplicationFactory<Program>
{
    public const string Password = "benchmark password 2026";

    private bool _started;

    public ServerTimings Timings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/CaseTracker.Web");
        builder.UseEnvironment(production ? "Production" : "Development");
        if (production)
        {
            // Production's cookies are Secure: wrk and the runner say X-Forwarded-Proto https, as a proxy would.
            builder.UseSetting("ReverseProxy:KnownProxies", "127.0.0.1");
            builder.UseSetting("Database:MigrateOnStartup", "true");
            builder.UseSetting("Logging:Console", "false");
            // Every role signs in from loopback at the start of each run.
            builder.UseSetting("Security:SignInAttemptsPerMinute", "1000");
            builder.ConfigureServices(Runner.BaselineFortunes.Add);
        }

        builder.UseSetting("ConnectionStrings:CaseTracker", connectionString);
        builder.UseSetting("Demo:Password", Password);
        // One user asking hundreds of times a minute is the benchmark, not an abuser.
        builder.UseSetting("Security:ApiRequestsPerMinute", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
        // Migrating a database that does not exist yet logs a failed connection before creating it.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection", "Critical");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(Timings));
    }

    /// <summary>Starts the app on a loopback port and waits until its start-up work (migrations, demo seeding) is done.</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        // A real Kestrel socket on loopback: the in-process TestHost copies a large response through a
        // locked pipe, which a profile showed costing more than the page itself.
        UseKestrel(0);
        StartServer();
        _started = true;
        ClientOptions.BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        var client = CreateClient();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            if (ready.IsSuccessStatusCode)
            {
                break;
            }

            await Task.Delay(100);
        }

        return client;
    }

    /// <summary>A client signed in through the real form as a demo account (researcher unless said).</summary>
    public async Task<HttpClient> SignedInClientAsync(string account = "researcher")
    {
        var client = _started ? CreateClient() : await ReadyClientAsync();

        var form = await client.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative));
        var token = TokenField().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = $"{account}@casetracker.local",
            ["Input.Password"] = Password,
        });
        using var signedIn = await client.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), content);
        signedIn.EnsureSuccessStatusCode();
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
