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

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, exportFormat: null, cancellationToken) ? Page() : NotFound();

    /// <summary>The case's incidents and complaints as CSV, redacted like the page; recorded as an export.</summary>
    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, exportFormat: "csv", cancellationToken))
        {
            return NotFound();
        }

        var reference = CaseFile.Reference;
        var bytes = RecordsCsv.Write(CaseFile.Incidents.Select(i => (reference, i)), CaseFile.Complaints.Select(c => (reference, c)));
        return File(bytes, CsvText.ContentType, $"{reference}.csv");
    }

    /// <summary>The whole case file as JSON (the API's shape), redacted like the page; recorded as an export.</summary>
    public async Task<IActionResult> OnGetJsonAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, exportFormat: "json", cancellationToken))
        {
            return NotFound();
        }

        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(CaseFile, ApiJson.Download);
        return File(json, "application/json; charset=utf-8", $"{CaseFile.Reference}.json");
    }

    private async Task<bool> LoadAsync(Guid id, string? exportFormat, CancellationToken cancellationToken)
    {
        var reading = silence.Today();
        Today = reading.Today;
        var file = await new CaseFileQueries(db).LoadAsync(id, User, reading, CultureInfo.CurrentUICulture, cancellationToken);
        if (file is null)
        {
            return false;
        }

        CaseFile = file;
        await audit.RecordCaseReadAsync(id, file.Sensitivity == Sensitivity.Restricted, export: exportFormat is not null,
            new { What = "case", Format = exportFormat }, cancellationToken);
        return true;
    }
}
