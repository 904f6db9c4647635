using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CaseTracker.Bench;

/// <summary>
/// Server time of each request: from the moment the app's pipeline sees it until its whole body has
/// been handed to the socket. Measured inside the server so that the client reading the answer, which
/// runs in the same process on the same two cores, is not counted.
/// </summary>
internal sealed class ServerTimings : IStartupFilter
{
    private readonly List<double> _milliseconds = [];

    public IReadOnlyList<double> Milliseconds
    {
        get
        {
            lock (_milliseconds)
            {
                return [.. _milliseconds];
            }
        }
    }

    public void Clear()
    {
        lock (_milliseconds)
        {
            _milliseconds.Clear();
        }
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            var started = Stopwatch.GetTimestamp();
            await proceed(context);
            await context.Response.CompleteAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (_milliseconds)
            {
                _milliseconds.Add(elapsed);
            }
        });
        next(app);
    };
}
