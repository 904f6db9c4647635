using System.Collections.Concurrent;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>
/// Something made from a kept count and kept in memory by the count's key and a version that changes
/// whenever what it was made from changes (PostgreSQL's xmin of the count's row, new on every write, and
/// for an API answer the names it shows): every request still asks the database which count is current, so
/// an instance never serves what another instance has replaced; only the work of reading, parsing or
/// writing it again is saved (issue 17: 1.3 MB of JSON per view on a million incidents). A few dozen
/// scopes at most are in use at once; past <c>capacity</c> some are forgotten and made again once.
/// </summary>
public class KeptByVersion<T>(int capacity)
    where T : class
{
    private readonly ConcurrentDictionary<string, (string Version, T Value)> _kept = new(StringComparer.Ordinal);

    public T? Find(string key, string version) =>
        _kept.TryGetValue(key, out var kept) && kept.Version == version ? kept.Value : null;

    public T? Keep(string key, string version, T? value)
    {
        if (value is null)
        {
            return null;
        }

        if (_kept.Count >= capacity)
        {
            foreach (var any in _kept.Keys.Take(capacity / 4).ToList())
            {
                _kept.TryRemove(any, out _);
            }
        }

        _kept[key] = (version, value);
        return value;
    }
}

/// <summary>Kept counts' figures, read and parsed (each up to 1.3 MB of JSON on a million incidents).</summary>
public sealed class KeptFigures() : KeptByVersion<StatisticsFigures>(64);

/// <summary>The API's answer for a kept count, written once per count, filter and names (<see cref="StatisticsApi"/>).</summary>
public sealed class KeptApiAnswers() : KeptByVersion<byte[]>(16);
