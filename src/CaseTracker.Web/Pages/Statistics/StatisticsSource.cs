using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>Statistics as shown: the figures, the day they were counted for and when, and whether they were counted for this request.</summary>
public sealed record CountedStatistics(StatisticsFigures Figures, DateOnly CountedOn, DateTimeOffset CountedAt, bool Live, bool RecountUnderWay)
{
    /// <summary>
    /// For a kept count, its key and a version that changes with the count and with the names it shows
    /// (<see cref="StatisticsLabels.Version"/>): what is made from the same version is the same. Null when counted live.
    /// </summary>
    public (string Key, string Version)? Kept { get; init; }
}

/// <summary>
/// Where the statistics page and API get their numbers (ADR 17). Counted live while that is quick; a
/// count that took longer than <see cref="StatisticsOptions.KeepWhenCountingTakesMilliseconds"/> is kept
/// (<see cref="StatisticsSnapshot"/>) and served to readers who see the same cases, with its age, while a
/// stale one is counted again in the background (<see cref="StatisticsRecounts"/>). A reader can ask for
/// a live count at any time.
/// </summary>
public sealed class StatisticsSource(CaseTrackerDbContext db, ReplicaReads replicas, KeptFigures keptFigures, SilenceSettings silence, TimeProvider clock, IOptions<StatisticsOptions> options, StatisticsRecounts recounts)
{
    public async Task<CountedStatistics> LoadAsync(StatisticsFilter filter, ClaimsPrincipal user, bool countNow, CultureInfo culture, CancellationToken cancellationToken)
    {
        var reader = CaseReader.Of(user);
        var reading = silence.Today();
        var names = await StatisticsLabels.LoadAsync(db, culture, cancellationToken);
        var key = await StatisticsScope.KeyAsync(db, reader, filter, cancellationToken);
        // Its figures apart: on a million incidents they are 1.3 MB of JSON, 13-45 ms to read and as long to
        // parse, so they are kept parsed (KeptFigures) by the row version PostgreSQL gives each write (xmin).
        var kept = await db.Database.SqlQuery<KeptCount>($"""
            SELECT counted_on AS "CountedOn", computed_at AS "ComputedAt", took_milliseconds AS "TookMilliseconds", xmin::text::bigint AS "Version"
            FROM statistics_snapshots WHERE key = {key}
            """).SingleOrDefaultAsync(cancellationToken);
        if (!countNow && kept is not null && kept.TookMilliseconds >= options.Value.KeepWhenCountingTakesMilliseconds)
        {
            var stale = StatisticsSnapshot.Stale(kept.CountedOn, kept.ComputedAt, reading.Today, clock.GetUtcNow(), options.Value.RecountAfter);
            if (stale)
            {
                recounts.Request(key);
            }

            var version = kept.Version.ToString(CultureInfo.InvariantCulture);
            var figures = keptFigures.Find(key, version) ?? keptFigures.Keep(key, version, Read(await db.Database.SqlQuery<string>(
                $"SELECT figures::text AS \"Value\" FROM statistics_snapshots WHERE key = {key} AND xmin::text::bigint = {kept.Version}").SingleOrDefaultAsync(cancellationToken)));
            if (figures is not null)
            {
                return new CountedStatistics(names.Apply(figures), kept.CountedOn, kept.ComputedAt, Live: false, RecountUnderWay: stale)
                {
                    Kept = (key, $"{version}:{names.Version}"),
                };
            }
        }

        var counted = await CountAsync(db, replicas, key, filter, reader, reading, names, keepAnyway: kept is not null, options.Value, clock, cancellationToken);
        return new CountedStatistics(counted, reading.Today, clock.GetUtcNow(), Live: true, RecountUnderWay: false);
    }

    /// <summary>Counts live and keeps the count when it took long (or one is kept already, so it is never left older than a live view).</summary>
    internal static async Task<StatisticsFigures> CountAsync(
        CaseTrackerDbContext db, ReplicaReads replicas, string key, StatisticsFilter filter, CaseReader reader, SilenceReckoning reading, StatisticsLabels names, bool keepAnyway, StatisticsOptions options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var figures = await new StatisticsQueries(db, replicas).LoadAsync(filter, reader, reading, names, cancellationToken);
        var took = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (keepAnyway || took >= options.KeepWhenCountingTakesMilliseconds)
        {
            await KeepAsync(db, new StatisticsSnapshot
            {
                Key = key,
                ReaderAdmin = reader.Admin,
                ReaderCaseworker = reader.Caseworker,
                ReaderUserId = reader.UserId,
                Country = filter.Country,
                From = filter.From?.ToString(),
                To = filter.To?.ToString(),
                CountedOn = reading.Today,
                ComputedAt = clock.GetUtcNow(),
                TookMilliseconds = took,
                Figures = JsonSerializer.Serialize(figures),
            }, cancellationToken);
        }

        return figures;
    }

    /// <summary>A kept count without its figures, and the version of its row.</summary>
    private sealed record KeptCount(DateOnly CountedOn, DateTimeOffset ComputedAt, int TookMilliseconds, long Version);

    internal static StatisticsFilter FilterOf(StatisticsSnapshot kept)
    {
        static PartialDate? Date(string? text) => PartialDate.TryParse(text, out var date, out _) ? date : null;
        return new StatisticsFilter(kept.Country, Date(kept.From), Date(kept.To));
    }

    /// <summary>The kept figures, or null when a recount replaced them between the two reads (the reader is then counted for live).</summary>
    private static StatisticsFigures? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<StatisticsFigures>(json);

    /// <summary>Insert or replace, and forget counts nobody has needed recounted for a month.</summary>
    private static async Task KeepAsync(CaseTrackerDbContext db, StatisticsSnapshot s, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO statistics_snapshots (key, reader_admin, reader_caseworker, reader_user_id, country, "from", "to", counted_on, computed_at, took_milliseconds, figures)
            VALUES ({s.Key}, {s.ReaderAdmin}, {s.ReaderCaseworker}, {s.ReaderUserId}, {s.Country}, {s.From}, {s.To}, {s.CountedOn}, {s.ComputedAt}, {s.TookMilliseconds}, {s.Figures}::jsonb)
            ON CONFLICT (key) DO UPDATE SET reader_admin = excluded.reader_admin, reader_caseworker = excluded.reader_caseworker, reader_user_id = excluded.reader_user_id,
              counted_on = excluded.counted_on, computed_at = excluded.computed_at, took_milliseconds = excluded.took_milliseconds, figures = excluded.figures;
            DELETE FROM statistics_snapshots WHERE computed_at < {s.ComputedAt.AddDays(-30)};
            """,
            cancellationToken);
}
