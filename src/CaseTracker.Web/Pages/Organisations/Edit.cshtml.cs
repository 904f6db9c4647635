using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.People;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.People;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Organisations;

/// <summary>Creates (no id) or edits an organisation the user may see; any other id answers 404.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute]
public class EditModel(CaseTrackerDbContext db, OneTimeSubmissions submissions, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The form's one-time key (<see cref="OneTimeSubmissions"/>): a form sent twice creates one record.</summary>
    [BindProperty]
    public Guid SubmissionKey { get; set; } = Guid.NewGuid();

    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public IReadOnlyList<SavedField> SavedByOthers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        if (id is null)
        {
            return Page();
        }

        var organisation = await db.VisibleOrganisations(User).AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        Input = OrganisationInput.From(organisation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        var organisation = id is null ? null : await db.VisibleOrganisations(User).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (id is not null && organisation is null)
        {
            return NotFound();
        }

        if (id is null && await submissions.ReplayAsync(this, SubmissionKey, cancellationToken) is { } alreadySaved)
        {
            return alreadySaved;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            if (organisation is null)
            {
                organisation = new Organisation(Input.Name, Input.CountryCode);
                organisation.Describe(Input.Name, Input.CountryCode, Input.Notes);
                db.Organisations.Add(organisation);
                return await submissions.SaveAsync(this, SubmissionKey, Url.Page("/Organisations/Index")!, cancellationToken);
            }

            db.Entry(organisation).Property(o => o.Version).OriginalValue = Input.Version;
            organisation.Describe(Input.Name, Input.CountryCode, Input.Notes);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            var saved = OrganisationInput.From(await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id, cancellationToken));
            SavedByOthers = StaleSave.Refuse(ModelState, "Input.Version", Input, saved, localizer);
            Input.Version = saved.Version;
            return Page();
        }

        return RedirectToPage("/Organisations/Index");
    }

    public sealed class OrganisationInput
    {
        [Required(ErrorMessage = "Enter a name.")]
        [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [StringLength(2)]
        [Display(Name = "Country")]
        public string? CountryCode { get; set; }

        [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
        [Display(Name = "Internal notes")]
        public string? Notes { get; set; }

        public uint Version { get; set; }

        public static OrganisationInput From(Organisation organisation) => new()
        {
            Name = organisation.Name,
            CountryCode = organisation.CountryCode,
            Notes = organisation.Notes,
            Version = organisation.Version,
        };
    }
}
