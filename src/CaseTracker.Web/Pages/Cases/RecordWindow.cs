namespace CaseTracker.Web.Pages.Cases;

/// <summary>What the case page's navigation of one kind of record needs, whatever the kind.</summary>
public interface IRecordWindow
{
    /// <summary>The kind as the address names it: incidents, complaints, acts, proceedings.</summary>
    string Kind { get; }

    int Total { get; }

    int ShownCount { get; }

    /// <summary>Position (from 1) of the first record shown, in story order.</summary>
    int FirstNumber { get; }

    /// <summary>The newest only, with a way to all of them.</summary>
    bool Newest { get; }

    /// <summary>A page of all of them, with the ids the earlier and the later page start from.</summary>
    bool Paging { get; }

    Guid? Earlier { get; }

    Guid? Later { get; }
}

/// <summary>
/// One kind of record as the case page shows it (issue 17): every record while there are at most
/// <see cref="RecordWindows.Newest"/>; in a larger file the newest of them, and on asking
/// (<c>?show=incidents</c>) all of them in story order, <see cref="RecordWindows.PageSize"/> at a time, each
/// page named by the id it starts from (keyset, so a record added meanwhile shifts nothing). The case's
/// JSON, CSV and API still hold every record.
/// </summary>
public sealed record RecordWindow<T>(string Kind, IReadOnlyList<T> Shown, int Total, int FirstNumber, bool Newest, bool Paging, Guid? Earlier, Guid? Later) : IRecordWindow
{
    public int ShownCount => Shown.Count;

    /// <summary>The same window showing other records (the full reading of the ones it placed).</summary>
    public RecordWindow<TShown> Showing<TShown>(IReadOnlyList<TShown> shown) => new(Kind, shown, Total, FirstNumber, Newest, Paging, Earlier, Later);
}

public static class RecordWindows
{
    public const int Newest = 50;
    public const int PageSize = 100;

    /// <summary>
    /// The window on <paramref name="all"/> (in story order): <paramref name="from"/> is the id a page starts
    /// from; <paramref name="at"/> a record (or one inside it: a response, a step) whose page is wanted.
    /// </summary>
    public static RecordWindow<T> Of<T>(string kind, IReadOnlyList<T> all, Func<T, Guid> id, Func<T, Guid, bool> holds, string? show, Guid? from, Guid? at)
    {
        var asked = string.Equals(show, kind, StringComparison.Ordinal);
        if (all.Count <= Newest)
        {
            return new(kind, all, all.Count, 1, Newest: false, Paging: false, null, null);
        }

        if (!asked)
        {
            return new(kind, all.Skip(all.Count - Newest).ToList(), all.Count, all.Count - Newest + 1, Newest: true, Paging: false, null, null);
        }

        var start = at is { } wanted ? IndexWhere(all, r => holds(r, wanted)) : from is { } first ? IndexWhere(all, r => id(r) == first) : 0;
        var page = all.Skip(start).Take(PageSize).ToList();
        Guid? earlier = start > 0 ? id(all[Math.Max(0, start - PageSize)]) : null;
        Guid? later = start + PageSize < all.Count ? id(all[start + PageSize]) : null;
        return new(kind, page, all.Count, start + 1, Newest: false, Paging: true, earlier, later);
    }

    private static int IndexWhere<T>(IReadOnlyList<T> all, Func<T, bool> match)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (match(all[i]))
            {
                return i;
            }
        }

        return 0;
    }
}
