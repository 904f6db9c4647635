using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Settings;

/// <summary>Installation-wide security settings, for admins: for now, whether everyone must use two-factor sign-in.</summary>
[Authorize(Policy = Policies.ManageUsers)]
public class IndexModel(CaseTrackerDbContext db, AuditTrail audit, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public bool RequireTwoFactor { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        RequireTwoFactor = (await db.SecuritySettings.AsNoTracking().SingleAsync(cancellationToken)).RequireTwoFactor;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var settings = await db.SecuritySettings.SingleAsync(cancellationToken);
        if (settings.RequireTwoFactor != RequireTwoFactor)
        {
            settings.RequireTwoFactor = RequireTwoFactor;
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditAction.SettingChanged, "SecuritySettings", null, new { RequireTwoFactor = new[] { !RequireTwoFactor, RequireTwoFactor } }, cancellationToken: cancellationToken);
        }

        StatusMessage = localizer["Settings saved."];
        return RedirectToPage();
    }
}
