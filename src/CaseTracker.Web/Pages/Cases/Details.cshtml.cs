using System.Globalization;
using CaseTracker.Domain.Cases;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Web.Pages.Cases;

/// <summary>The case page: the whole file, with each complaint's derived status and the responses under it.</summary>
[Authorize(Policy = Policies.ReadCases)]
[CaseRecordRoute]
public class DetailsModel(CaseTrackerDbContext db, SilenceSettings silence, AuditTrail audit) : PageModel
{
    public CaseFileView CaseFile { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Each kind of record as shown: all, the newest, or a page of all (<see cref="RecordWindows"/>).</summary>
    public RecordWindow<Incidents.IncidentView> Incidents { get; private set; } = null!;

    public RecordWindow<Complaints.ComplaintView> Complaints { get; private set; } = null!;

    public RecordWindow<Acts.ActView> Acts { get; private set; } = null!;

    public RecordWindow<Proceedings.ProceedingView> Proceedings { get; private set; } = null!;

    /// <summary>
    /// The case page; <c>show</c> names a kind to page through (incidents, complaints, acts, proceedings),
    /// <c>from</c> the id its page starts from, <c>at</c> a record whose page is wanted (forms.js asks for it
    /// when a link names a record the page does not show).
    /// </summary>
    public async Task<IActionResult> OnGetAsync(Guid id, string? show, Guid? from, Guid? at, CancellationToken cancellationToken)
    {
        var reading = silence.Today();
        Today = reading.Today;
        var page = await new CaseFileQueries(db).LoadPageAsync(id, User, reading, CultureInfo.CurrentUICulture, new RecordWindowAsk(show, from, at), cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var file = CaseFile = page.File;
        await RecordReadAsync(id, exportFormat: null, cancellationToken);
        Incidents = page.Incidents;
        Complaints = page.Complaints;
        Acts = RecordWindows.Of("acts", file.Acts, a => a.Id, (a, x) => a.Id == x, show, from, at);
        Proceedings = RecordWindows.Of("proceedings", file.Proceedings, p => p.Id, (p, x) => p.Id == x || p.Steps.Any(s => s.Id == x), show, from, at);
        return Page();
    }

    /// <summary>The case's incidents and complaints as CSV, redacted like the page; recorded as an export.</summary>
    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, exportFormat: "csv", cancellationToken))
        {
            return NotFound();
        }

        var reference = CaseFile.Reference;
        return RecordsCsv.Download(CaseFile.Incidents.Select(i => (reference, i)), CaseFile.Complaints.Select(c => (reference, c)), $"{reference}.csv");
    }

    /// <summary>The whole case file as JSON (the API's shape), redacted like the page; recorded as an export.</summary>
    public async Task<IActionResult> OnGetJsonAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, exportFormat: "json", cancellationToken))
        {
            return NotFound();
        }

        // Written to the response as it is serialized, not first into one array the size of the file.
        return new JsonDownload(CaseFile, $"{CaseFile.Reference}.json");
    }

    private async Task<bool> LoadAsync(Guid id, string exportFormat, CancellationToken cancellationToken)
    {
        var reading = silence.Today();
        Today = reading.Today;
        var file = await new CaseFileQueries(db).LoadAsync(id, User, reading, CultureInfo.CurrentUICulture, cancellationToken);
        if (file is null)
        {
            return false;
        }

        CaseFile = file;
        await RecordReadAsync(id, exportFormat, cancellationToken);
        return true;
    }

    private Task RecordReadAsync(Guid id, string? exportFormat, CancellationToken cancellationToken) =>
        audit.RecordCaseReadAsync(id, CaseFile.Sensitivity == Sensitivity.Restricted, export: exportFormat is not null,
            new { What = "case", Format = exportFormat }, cancellationToken);
}
