using CaseTracker.Domain.Common;
using CaseTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Records;

/// <summary>A record of any kind as the registry reads it: which case it belongs to, its title and whether it is archived.</summary>
public sealed class CaseRecordRow
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public string Title { get; init; } = "";

    public DateTimeOffset? ArchivedAt { get; init; }

    public string? ArchiveReason { get; init; }
}

/// <summary>
/// A kind of record inside a case: its code (in URLs and exports), its label (a resource key), its edit
/// page, and how to find its records with their case. Archiving, the archived-records page and
/// <see cref="Security.RecordVisibility"/> read kinds from <see cref="CaseRecordKinds.All"/> only, and
/// the security sweeps fail for a kind the restricted demo case lacks (STYLE 16).
/// </summary>
public sealed class CaseRecordKind
{
    public required string Code { get; init; }

    public required string Label { get; init; }

    public required string EditPage { get; init; }

    /// <summary>The domain type, so a test can show every archivable type has a kind here.</summary>
    public required Type Entity { get; init; }

    /// <summary>Every record of the kind, archived or not, projected with the case it belongs to.</summary>
    public required Func<CaseTrackerDbContext, IQueryable<CaseRecordRow>> Rows { get; init; }

    /// <summary>The record itself, tracked, to archive or restore it.</summary>
    public required Func<CaseTrackerDbContext, Guid, CancellationToken, Task<ArchivableEntity?>> Load { get; init; }
}

public static class CaseRecordKinds
{
    public static readonly CaseRecordKind Incident = new()
    {
        Code = "incident",
        Entity = typeof(Domain.Incidents.Incident),
        Label = "Incident",
        EditPage = "/Incidents/Edit",
        Rows = db => db.Incidents.Select(i => new CaseRecordRow { Id = i.Id, CaseId = i.CaseId, Title = i.Title, ArchivedAt = i.ArchivedAt, ArchiveReason = i.ArchiveReason }),
        Load = async (db, id, ct) => await db.Incidents.SingleOrDefaultAsync(i => i.Id == id, ct),
    };

    public static readonly CaseRecordKind Complaint = new()
    {
        Code = "complaint",
        Entity = typeof(Domain.Complaints.Complaint),
        Label = "Complaint",
        EditPage = "/Complaints/Edit",
        Rows = db => db.Complaints.Select(c => new CaseRecordRow { Id = c.Id, CaseId = c.CaseId, Title = c.Subject, ArchivedAt = c.ArchivedAt, ArchiveReason = c.ArchiveReason }),
        Load = async (db, id, ct) => await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, ct),
    };

    /// <summary>A response belongs to its complaint's case and is known by its complaint's subject.</summary>
    public static readonly CaseRecordKind Response = new()
    {
        Code = "response",
        Entity = typeof(Domain.Complaints.InstitutionalResponse),
        Label = "Response",
        EditPage = "/Responses/Edit",
        Rows = db => db.Responses.Join(db.Complaints, r => r.ComplaintId, c => c.Id,
            (r, c) => new CaseRecordRow { Id = r.Id, CaseId = c.CaseId, Title = c.Subject, ArchivedAt = r.ArchivedAt, ArchiveReason = r.ArchiveReason }),
        Load = async (db, id, ct) => await db.Responses.SingleOrDefaultAsync(r => r.Id == id, ct),
    };

    /// <summary>An institution's own act, known by its institution (its kind is a term, in the reader's language elsewhere).</summary>
    public static readonly CaseRecordKind Act = new()
    {
        Code = "act",
        Entity = typeof(Domain.Acts.InstitutionalAct),
        Label = "Institution's act",
        EditPage = "/Acts/Edit",
        Rows = db => db.Acts.Join(db.Institutions, a => a.InstitutionId, i => i.Id,
            (a, i) => new CaseRecordRow { Id = a.Id, CaseId = a.CaseId, Title = i.Name, ArchivedAt = a.ArchivedAt, ArchiveReason = a.ArchiveReason }),
        Load = async (db, id, ct) => await db.Acts.SingleOrDefaultAsync(a => a.Id == id, ct),
    };

    public static readonly CaseRecordKind Proceeding = new()
    {
        Code = "proceeding",
        Entity = typeof(Domain.Proceedings.Proceeding),
        Label = "Proceeding",
        EditPage = "/Proceedings/Edit",
        Rows = db => db.Proceedings.Select(p => new CaseRecordRow { Id = p.Id, CaseId = p.CaseId, Title = p.Title, ArchivedAt = p.ArchivedAt, ArchiveReason = p.ArchiveReason }),
        Load = async (db, id, ct) => await db.Proceedings.SingleOrDefaultAsync(p => p.Id == id, ct),
    };

    /// <summary>A step belongs to its proceeding's case and is known by its proceeding's title.</summary>
    public static readonly CaseRecordKind Step = new()
    {
        Code = "step",
        Entity = typeof(Domain.Proceedings.ProceedingStep),
        Label = "Proceeding step",
        EditPage = "/Steps/Edit",
        Rows = db => db.ProceedingSteps.Join(db.Proceedings, s => s.ProceedingId, p => p.Id,
            (s, p) => new CaseRecordRow { Id = s.Id, CaseId = p.CaseId, Title = p.Title, ArchivedAt = s.ArchivedAt, ArchiveReason = s.ArchiveReason }),
        Load = async (db, id, ct) => await db.ProceedingSteps.SingleOrDefaultAsync(s => s.Id == id, ct),
    };

    public static readonly CaseRecordKind Source = new()
    {
        Code = "source",
        Entity = typeof(Domain.Sources.Source),
        Label = "Source",
        EditPage = "/Sources/Edit",
        Rows = db => db.Sources.Select(s => new CaseRecordRow { Id = s.Id, CaseId = s.CaseId, Title = s.Title, ArchivedAt = s.ArchivedAt, ArchiveReason = s.ArchiveReason }),
        Load = async (db, id, ct) => await db.Sources.SingleOrDefaultAsync(s => s.Id == id, ct),
    };

    public static IReadOnlyList<CaseRecordKind> All { get; } = [Incident, Complaint, Response, Act, Proceeding, Step, Source];

    public static CaseRecordKind? ByCode(string? code) => All.FirstOrDefault(k => k.Code == code);
}
