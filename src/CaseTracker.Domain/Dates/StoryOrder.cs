namespace CaseTracker.Domain.Dates;

/// <summary>
/// The order a case's entries read in: by date (<see cref="PartialDate.CompareTo"/>), except that an entry
/// said to come after another (<see cref="PartialDate.After"/>: "a week later", or a caseworker's "comes
/// after") is never placed before it; it is moved to just after that entry and the entries already waiting
/// for it. Stable: the same entries always come out in the same order. Used wherever a case's entries are
/// listed (case page, timeline, exports, API); an entry whose predecessor is not in the list keeps its
/// place by date.
/// </summary>
public static class StoryOrder
{
    /// <param name="byDate">The entries, already in date order.</param>
    /// <param name="id">An entry's id; several entries may share one (a complaint and its silence): the first one placed is the one others wait for.</param>
    /// <param name="after">The id of the entry it comes after, or null.</param>
    public static List<T> Apply<T>(IReadOnlyList<T> byDate, Func<T, Guid> id, Func<T, Guid?> after)
    {
        ArgumentNullException.ThrowIfNull(byDate);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(after);
        var present = byDate.Select(id).ToHashSet();
        var placed = new HashSet<Guid>();
        var waiting = new Dictionary<Guid, List<T>>();
        var ordered = new List<T>(byDate.Count);

        void Place(T entry)
        {
            ordered.Add(entry);
            if (placed.Add(id(entry)) && waiting.Remove(id(entry), out var followers))
            {
                followers.ForEach(Place);
            }
        }

        foreach (var entry in byDate)
        {
            if (after(entry) is { } predecessor && predecessor != id(entry) && present.Contains(predecessor) && !placed.Contains(predecessor))
            {
                (waiting.TryGetValue(predecessor, out var list) ? list : waiting[predecessor] = []).Add(entry);
            }
            else
            {
                Place(entry);
            }
        }

        // Only a cycle (refused when saved) leaves entries waiting; they keep their date order at the end.
        var left = waiting.Values.SelectMany(w => w).ToHashSet();
        ordered.AddRange(byDate.Where(left.Contains));
        return ordered;
    }
}
