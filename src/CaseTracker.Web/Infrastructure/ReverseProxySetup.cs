using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Behind the TLS-terminating reverse proxy the README asks for: X-Forwarded-For and X-Forwarded-Proto
/// are believed only from the proxies named in <c>ReverseProxy:KnownProxies</c> (addresses) or
/// <c>ReverseProxy:KnownNetworks</c> (CIDR ranges), so sign-in limits count per real client and the
/// audit trail records the client's address, while nobody else can claim another address. Nothing is
/// trusted by default, not even loopback. Kestrel sends no Server header.
/// </summary>
public static class ReverseProxySetup
{
    public const string Section = "ReverseProxy";

    public static IServiceCollection AddCaseTrackerReverseProxy(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in List(configuration[$"{Section}:KnownProxies"]))
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in List(configuration[$"{Section}:KnownNetworks"]))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        return services;
    }

    private static IEnumerable<string> List(string? setting) =>
        (setting ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
