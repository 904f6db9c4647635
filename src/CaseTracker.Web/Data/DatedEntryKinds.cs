using CaseTracker.Domain.Dates;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Data;

/// <summary>A dated entry as the registry lists it: its case, date, title and, when its title leads with a term (an outcome, an act's kind), that term.</summary>
public sealed class DatedEntryRow
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public PartialDate Date { get; init; } = null!;

    public string Title { get; init; } = "";

    public Guid? TermId { get; init; }
}

/// <summary>
/// A kind of record that takes its place in a case's story by a date (<see cref="IDatedEntry"/>): how to
/// list a case's records of the kind that are not archived, find one to check a chain, and find the ones
/// whose dates count from a given entry. The date pickers (CaseFormOptions), the live preview
/// (DateReadingEndpoint) and the recount on save (<see cref="DatesCountFromTheirEntries"/>) read kinds from
/// <see cref="DatedEntryKinds.All"/> only, so a new dated record is one entry here.
/// </summary>
public sealed class DatedEntryKind
{
    /// <summary>The form field its date is typed in, where a refusal goes.</summary>
    public required string DateField { get; init; }

    /// <summary>Every record of the kind not archived (nor its parent), with its case.</summary>
    public required Func<CaseTrackerDbContext, IQueryable<DatedEntryRow>> Rows { get; init; }

    /// <summary>The record, tracked, or null.</summary>
    public required Func<CaseTrackerDbContext, Guid, CancellationToken, ValueTask<IDatedEntry?>> Find { get; init; }

    /// <summary>The records, tracked, whose date counts from or comes after the given entry.</summary>
    public required Func<CaseTrackerDbContext, Guid, CancellationToken, Task<List<IDatedEntry>>> Followers { get; init; }

    /// <summary>Whether an entry is a record of this kind.</summary>
    public required Func<IDatedEntry, bool> Is { get; init; }
}

public static class DatedEntryKinds
{
    public static IReadOnlyList<DatedEntryKind> All { get; } =
    [
        new()
        {
            DateField = "Date",
            Is = e => e is Domain.Incidents.Incident,
            Rows = db => db.Incidents.Where(i => i.ArchivedAt == null)
                .Select(i => new DatedEntryRow { Id = i.Id, CaseId = i.CaseId, Date = i.Date, Title = i.Title }),
            Find = async (db, id, ct) => await db.Incidents.FindAsync([id], ct),
            Followers = async (db, id, ct) => [.. await db.Incidents.Where(i => i.Date.After == id).ToListAsync(ct)],
        },
        new()
        {
            DateField = "FiledOn",
            Is = e => e is Domain.Complaints.Complaint,
            Rows = db => db.Complaints.Where(c => c.ArchivedAt == null)
                .Select(c => new DatedEntryRow { Id = c.Id, CaseId = c.CaseId, Date = c.FiledOn, Title = c.Subject }),
            Find = async (db, id, ct) => await db.Complaints.FindAsync([id], ct),
            Followers = async (db, id, ct) => [.. await db.Complaints.Where(c => c.FiledOn.After == id).ToListAsync(ct)],
        },
        new()
        {
            DateField = "Date",
            Is = e => e is Domain.Complaints.InstitutionalResponse,
            Rows = db => db.Responses.Where(r => r.ArchivedAt == null)
                .Join(db.Complaints.Where(c => c.ArchivedAt == null), r => r.ComplaintId, c => c.Id,
                    (r, c) => new DatedEntryRow { Id = r.Id, CaseId = c.CaseId, Date = r.Date, Title = c.Subject, TermId = r.OutcomeId }),
            Find = async (db, id, ct) => await db.Responses.FindAsync([id], ct),
            Followers = async (db, id, ct) => [.. await db.Responses.Where(r => r.Date.After == id).ToListAsync(ct)],
        },
        new()
        {
            DateField = "Date",
            Is = e => e is Domain.Acts.InstitutionalAct,
            Rows = db => db.Acts.Where(a => a.ArchivedAt == null)
                .Join(db.Institutions, a => a.InstitutionId, i => i.Id,
                    (a, i) => new DatedEntryRow { Id = a.Id, CaseId = a.CaseId, Date = a.Date, Title = i.Name, TermId = a.KindId }),
            Find = async (db, id, ct) => await db.Acts.FindAsync([id], ct),
            Followers = async (db, id, ct) => [.. await db.Acts.Where(a => a.Date.After == id).ToListAsync(ct)],
        },
        new()
        {
            DateField = "Date",
            Is = e => e is Domain.Proceedings.ProceedingStep,
            Rows = db => db.ProceedingSteps.Where(s => s.ArchivedAt == null)
                .Join(db.Proceedings.Where(p => p.ArchivedAt == null), s => s.ProceedingId, p => p.Id,
                    (s, p) => new DatedEntryRow { Id = s.Id, CaseId = p.CaseId, Date = s.Date, Title = p.Title, TermId = s.KindId }),
            Find = async (db, id, ct) => await db.ProceedingSteps.FindAsync([id], ct),
            Followers = async (db, id, ct) => [.. await db.ProceedingSteps.Where(s => s.Date.After == id).ToListAsync(ct)],
        },
    ];

    public static DatedEntryKind Of(IDatedEntry entry) => All.First(k => k.Is(entry));

    /// <summary>The entries of <paramref name="caseIds"/> of every kind (one statement per kind), not tracked.</summary>
    public static async Task<List<DatedEntryRow>> RowsAsync(CaseTrackerDbContext db, IQueryable<Guid> caseIds, Guid? onlyId, CancellationToken cancellationToken)
    {
        var rows = new List<DatedEntryRow>();
        foreach (var kind in All)
        {
            var query = kind.Rows(db).AsNoTracking().Where(r => caseIds.Contains(r.CaseId));
            rows.AddRange(await (onlyId is { } id ? query.Where(r => r.Id == id) : query).ToListAsync(cancellationToken));
        }

        return rows;
    }

    /// <summary>
    /// The latest entries of one case, at most <paramref name="count"/> of each kind, by day (the sort day of
    /// <see cref="PartialDate.SortDay"/>; the finer date rule is applied by the caller in C#), not tracked:
    /// what a form's "counted from" picker can offer without loading a case of thousands of entries.
    /// </summary>
    public static async Task<List<DatedEntryRow>> LatestAsync(CaseTrackerDbContext db, Guid caseId, int count, CancellationToken cancellationToken)
    {
        var rows = new List<DatedEntryRow>();
        foreach (var kind in All)
        {
            rows.AddRange(await kind.Rows(db).AsNoTracking().Where(r => r.CaseId == caseId)
                .OrderByDescending(r => r.Date.Earliest == DateOnly.MinValue ? r.Date.Latest : r.Date.Earliest).ThenByDescending(r => r.Id)
                .Take(count).ToListAsync(cancellationToken));
        }

        return rows;
    }
}
