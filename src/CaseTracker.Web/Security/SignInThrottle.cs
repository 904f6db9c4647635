using System.Threading.RateLimiting;

namespace CaseTracker.Web.Security;

/// <summary>
/// Sign-in attempts per client address and minute (Security:SignInAttemptsPerMinute, 10 by default);
/// more are answered 429. Counted per app instance: with several instances behind a load balancer a
/// client gets that many per instance, and account lockout still applies across all of them.
/// </summary>
public static class SignInThrottle
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInThrottle(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var perMinute = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("Security:SignInAttemptsPerMinute", 10);
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }
}
