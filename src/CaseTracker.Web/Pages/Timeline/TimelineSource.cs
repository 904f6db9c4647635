using System.Data.Common;
using CaseTracker.Domain.Complaints;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>What every kind's entries are built with: names, labels in the reader's language, the day and the reader.</summary>
public sealed record TimelineContext(
    Guid CaseId,
    IReadOnlyDictionary<Guid, string> People,
    IReadOnlyDictionary<Guid, string> Institutions,
    IReadOnlyDictionary<Guid, string> Labels,
    SilenceReckoning Reading,
    bool SeesConfidential,
    Guid ContextEventType)
{
    public DateOnly Today => Reading.Today;

    public string Person(Guid id) => People.GetValueOrDefault(id, "?");

    public string Institution(Guid id) => Institutions.GetValueOrDefault(id, "?");
}

/// <summary>The rows every source read for one case, by read shape.</summary>
public sealed class TimelineRowSet
{
    private readonly Dictionary<Type, object> _rows = [];

    public IReadOnlyList<TView> Of<TView>() => _rows.TryGetValue(typeof(TView), out var rows) ? (List<TView>)rows : [];

    internal void Add<TView>(List<TView> rows) => _rows[typeof(TView)] = rows;
}

/// <summary>
/// A kind of record the timeline reads, declared beside its read shape and listed in
/// <see cref="TimelineKinds.Sources"/>: the statement selecting a case's records (parameters
/// <c>@case</c> and <c>@archived</c>), the SQL naming the people and institutions they mention, and
/// how its rows become entries. <see cref="TimelineRows"/> runs every source's statement in one batch,
/// so a new kind costs no code in the timeline itself.
/// </summary>
public abstract class TimelineSource
{
    /// <summary>Selects the case's records of this kind.</summary>
    public required string Statement { get; init; }

    /// <summary>A SELECT of one column: the ids of people this kind names in the case, or null.</summary>
    public string? PeopleSql { get; init; }

    /// <summary>A SELECT of one column: the ids of institutions this kind names in the case, or null.</summary>
    public string? InstitutionsSql { get; init; }

    internal abstract Task ReadAsync(DbDataReader reader, TimelineRowSet rows, CancellationToken cancellationToken);

    internal abstract IEnumerable<TimelineEntry> EntriesOf(TimelineRowSet rows, TimelineContext context);
}

/// <summary>A <see cref="TimelineSource"/> whose rows are read as <typeparamref name="TView"/>.</summary>
public sealed class TimelineSource<TView> : TimelineSource
{
    public required Func<DbDataReader, TView> Read { get; init; }

    /// <summary>The entries of every row; a kind whose entries another kind writes (a response, with its complaint) yields none.</summary>
    public required Func<TimelineRowSet, TimelineContext, IEnumerable<TimelineEntry>> Entries { get; init; }

    internal override async Task ReadAsync(DbDataReader reader, TimelineRowSet rows, CancellationToken cancellationToken)
    {
        var read = new List<TView>();
        while (await reader.ReadAsync(cancellationToken))
        {
            read.Add(Read(reader));
        }

        rows.Add(read);
    }

    internal override IEnumerable<TimelineEntry> EntriesOf(TimelineRowSet rows, TimelineContext context) => Entries(rows, context);
}
