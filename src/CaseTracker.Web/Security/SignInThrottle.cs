using System.Security.Cryptography;
using System.Text;
using CaseTracker.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Npgsql;

namespace CaseTracker.Web.Security;

/// <summary>
/// Sign-in attempts (both steps) per client address and minute, Security:SignInAttemptsPerMinute (10 by
/// default); more are answered 429. Counted in PostgreSQL with one atomic upsert per attempt, so the
/// limit holds for a client however many app instances the load balancer spreads it over; account
/// lockout is in the database too. Reading the sign-in page is not limited.
/// </summary>
public sealed class SignInThrottle(CaseTrackerDbContext db, IConfiguration configuration, TimeProvider clock) : IAsyncPageFilter
{
    private const string CountSql = """
        INSERT INTO sign_in_attempt_windows (client_hash, window_start, attempts) VALUES (@client, @window, 1)
        ON CONFLICT (client_hash, window_start) DO UPDATE SET attempts = sign_in_attempt_windows.attempts + 1
        RETURNING attempts
        """;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpMethods.IsPost(context.HttpContext.Request.Method)
            && await CountAsync(context.HttpContext, context.HttpContext.RequestAborted) > configuration.GetValue("Security:SignInAttemptsPerMinute", 10))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
            return;
        }

        await next();
    }

    private async Task<int> CountAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var window = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        await using var raw = await RawConnection.OpenAsync(db, cancellationToken);
        await using var batch = new NpgsqlBatch(raw.Connection);
        var count = new NpgsqlBatchCommand(CountSql);
        count.Parameters.AddWithValue("client", SHA256.HashData(Encoding.UTF8.GetBytes(address)));
        count.Parameters.AddWithValue("window", window);
        batch.BatchCommands.Add(count);

        // Old windows go as new ones open: the table holds at most a few minutes of clients.
        var tidy = new NpgsqlBatchCommand("DELETE FROM sign_in_attempt_windows WHERE window_start < @old");
        tidy.Parameters.AddWithValue("old", window.AddMinutes(-5));
        batch.BatchCommands.Add(tidy);
        return (int)(await batch.ExecuteScalarAsync(cancellationToken))!;
    }
}

/// <summary>Puts <see cref="SignInThrottle"/> on a sign-in page.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SignInThrottleAttribute() : TypeFilterAttribute(typeof(SignInThrottle));
