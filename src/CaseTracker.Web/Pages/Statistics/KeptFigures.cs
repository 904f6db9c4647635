using System.Collections.Concurrent;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>
/// Kept statistics already read and parsed, by key and the version of their row (PostgreSQL's xmin, new on
/// every write; two counts can carry the same time): every request still asks the database which count is current, so an instance never serves figures another instance has
/// replaced; only the 1.3 MB of JSON is not read and parsed again (issue 17: 84 views a second became
/// many more). A few dozen scopes at most are in use at once; past that some are forgotten.
/// </summary>
public sealed class KeptFigures
{
    private const int Capacity = 64;

    private readonly ConcurrentDictionary<string, (long Version, StatisticsFigures Figures)> _figures = new(StringComparer.Ordinal);

    public StatisticsFigures? Find(string key, long version) =>
        _figures.TryGetValue(key, out var kept) && kept.Version == version ? kept.Figures : null;

    public StatisticsFigures? Keep(string key, long version, StatisticsFigures? figures)
    {
        if (figures is null)
        {
            return null;
        }

        if (_figures.Count >= Capacity)
        {
            // Some forgotten at random: a scope still in use is read again once.
            foreach (var any in _figures.Keys.Take(Capacity / 4).ToList())
            {
                _figures.TryRemove(any, out _);
            }
        }

        _figures[key] = (version, figures);
        return figures;
    }
}
