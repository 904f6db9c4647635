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
public class DetailsModel(CaseTrackerDbContext db, TimeProvider clock, AuditTrail audit) : PageModel
{
    public CaseFileView CaseFile { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Today = clock.Today();
        var file = await new CaseFileQueries(db).LoadAsync(id, User, Today, CultureInfo.CurrentUICulture, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        CaseFile = file;
        if (file.Case.Sensitivity == Sensitivity.Restricted)
        {
            await audit.RecordAsync(AuditAction.ReadRestrictedCase, "CaseFile", id, cancellationToken: cancellationToken);
        }

        return Page();
    }
}
