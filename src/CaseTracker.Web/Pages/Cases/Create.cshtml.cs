using CaseTracker.Domain;
using CaseTracker.Domain.Cases;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Cases;

[Authorize(Policy = Policies.EditCases)]
public class CreateModel(CaseTrackerDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CaseInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var reference = await CaseReferenceCodes.ChooseAsync(db, User, Input, null, now, ModelState, localizer, cancellationToken);
        if (reference is null)
        {
            return Page();
        }

        try
        {
            var caseFile = new CaseFile(reference, Input.Title, Input.CountryCode, now);
            Input.ApplyTo(caseFile, reference);

            // A caseworker who opens a restricted case must still see it.
            if (caseFile.Sensitivity == Sensitivity.Restricted && !User.IsInRole(Roles.Admin))
            {
                caseFile.Assign(User.UserId());
            }

            db.Cases.Add(caseFile);
            await db.SaveChangesAsync(cancellationToken);
            TempData[nameof(DetailsModel.StatusMessage)] = localizer["Case created."].Value;
            return RedirectToPage("/Cases/Details", new { id = caseFile.Id });
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
    }
}
