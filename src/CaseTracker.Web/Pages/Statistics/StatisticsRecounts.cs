using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>
/// Counts kept statistics again in the background when a reader found them stale, one at a time, so a
/// busy database is not asked for the same slow count by every request. Across app instances a
/// PostgreSQL advisory lock lets one of them do each recount; the others find it fresh afterwards.
/// </summary>
public sealed partial class StatisticsRecounts(IServiceScopeFactory scopes, TimeProvider clock, IOptions<StatisticsOptions> options, ILogger<StatisticsRecounts> logger) : BackgroundService
{
    private readonly Channel<string> _queue = Channel.CreateBounded<string>(new BoundedChannelOptions(100) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<string, bool> _pending = new();

    /// <summary>Asks for the kept count <paramref name="key"/> to be counted again; a key already waiting is not queued twice.</summary>
    public void Request(string key)
    {
        if (_pending.TryAdd(key, true) && !_queue.Writer.TryWrite(key))
        {
            _pending.TryRemove(key, out _);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var key in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RecountAsync(key, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The stale count stays on show with its age; the next reader asks again.
                LogRecountFailed(logger, key, ex.GetType().Name);
            }
            finally
            {
                _pending.TryRemove(key, out _);
            }
        }
    }

    private async Task RecountAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseTrackerDbContext>();
        var silence = scope.ServiceProvider.GetRequiredService<SilenceSettings>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var mine = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock(hashtext({"statistics:" + key})) AS \"Value\"").SingleAsync(cancellationToken);
        var kept = mine ? await db.StatisticsSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, cancellationToken) : null;
        var reading = silence.Today();
        if (kept is null || !kept.IsStale(reading.Today, clock.GetUtcNow(), options.Value.RecountAfter))
        {
            return;
        }

        var reader = new CaseReader(kept.ReaderAdmin, kept.ReaderCaseworker, kept.ReaderUserId);
        var names = await StatisticsLabels.LoadAsync(db, CultureInfo.InvariantCulture, cancellationToken);
        await StatisticsSource.CountAsync(db, scope.ServiceProvider.GetRequiredService<ReplicaReads>(), key, StatisticsSource.FilterOf(kept), reader, reading, names, keepAnyway: true, options.Value, clock, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogRecounted(logger, key);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Statistics snapshot {Key} counted again")]
    private static partial void LogRecounted(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counting statistics snapshot {Key} again failed ({Error}); the older count stays on show")]
    private static partial void LogRecountFailed(ILogger logger, string key, string error);
}
