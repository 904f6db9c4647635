using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CaseTracker.Domain;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Institutions;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Shared;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Institutions;

/// <summary>Creates (no id) or edits an institution, with the same stale-save protection as every record.</summary>
[Authorize(Policy = Policies.ManageVocabularies)]
public class EditModel(CaseTrackerDbContext db, IStringLocalizer<SharedResource> localizer, ReferenceMerge merge) : PageModel
{
    [BindProperty]
    public InstitutionInput Input { get; set; } = new();

    public IReadOnlyList<Choice> Types { get; private set; } = [];

    public IReadOnlyList<Choice> Parents { get; private set; } = [];

    public bool IsNew { get; private set; }

    /// <summary>Added by a caseworker while entering a record and not yet confirmed.</summary>
    public bool IsProposed { get; private set; }

    /// <summary>The institution to merge this one into (the review's merge form).</summary>
    [BindProperty]
    public Guid? MergeIntoId { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<SavedField> SavedByOthers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(id, cancellationToken);
        if (id is null)
        {
            IsNew = true;
            return Page();
        }

        var institution = await db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (institution is null)
        {
            return NotFound();
        }

        Input = InstitutionInput.From(institution);
        IsProposed = institution.IsProposed;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (institution is null)
        {
            return NotFound();
        }

        institution.Confirm();
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = localizer["{0} is confirmed.", institution.Name].Value;
        return RedirectToPage("/Institutions/Index");
    }

    /// <summary>Merges this institution into the one chosen: every record naming it names that one instead (<see cref="ReferenceMerge"/>).</summary>
    public async Task<IActionResult> OnPostMergeAsync(Guid id, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (institution is null)
        {
            return NotFound();
        }

        var target = MergeIntoId is { } into && into != id ? await db.Institutions.SingleOrDefaultAsync(i => i.Id == into, cancellationToken) : null;
        if (target is null)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(MergeIntoId), localizer["Choose the institution to merge it into."]);
            await LoadChoicesAsync(id, cancellationToken);
            Input = InstitutionInput.From(institution);
            IsProposed = institution.IsProposed;
            return Page();
        }

        var rewritten = await merge.MergeAsync(institution, target, cancellationToken);
        StatusMessage = localizer["{0} was merged into {1}. References rewritten: {2}.", institution.Name, target.Name, rewritten].Value;
        return RedirectToPage("/Institutions/Index");
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(id, cancellationToken);
        IsNew = id is null;
        var institution = id is null ? null : await db.Institutions.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (id is not null && institution is null)
        {
            return NotFound();
        }

        var type = CaseFormOptions.AllowedOne(Input.TypeId, Types);
        if (Input.TypeId is not null && type is null)
        {
            ModelState.AddModelError("Input.TypeId", localizer["Choose a type."]);
        }

        if (!ModelState.IsValid || type is null)
        {
            return Page();
        }

        try
        {
            if (institution is null)
            {
                institution = new Institution(Input.Name, type.Value, Input.CountryCode);
                db.Institutions.Add(institution);
            }
            else
            {
                db.Entry(institution).Property(i => i.Version).OriginalValue = Input.Version;
            }

            institution.Describe(Input.Name, type.Value, Input.CountryCode, CaseFormOptions.AllowedOne(Input.ParentId, Parents), Input.ReplyWindowDays);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            var saved = InstitutionInput.From(await db.Institutions.AsNoTracking().SingleAsync(i => i.Id == id, cancellationToken));
            SavedByOthers = StaleSave.Refuse(ModelState, "Input.Version", Input, saved, localizer, Types.Concat(Parents).ToDictionary(c => c.Id, c => c.Label));
            Input.Version = saved.Version;
            return Page();
        }

        return RedirectToPage("/Institutions/Index");
    }

    private async Task LoadChoicesAsync(Guid? id, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        Types = (await db.VocabularyTerms.AsNoTracking().Where(t => t.Vocabulary == Vocabulary.InstitutionType && t.IsActive).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken))
            .Select(t => new Choice(t.Id, t.DefaultReplyDays is { } days ? $"{t.LabelFor(culture)} ({localizer["{0} days", days]})" : t.LabelFor(culture)))
            .ToList();
        Parents = await db.Institutions.AsNoTracking().Where(i => i.Id != id).OrderBy(i => i.Name).Select(i => new Choice(i.Id, i.Name)).ToListAsync(cancellationToken);
    }

    public sealed class InstitutionInput
    {
        [Required(ErrorMessage = "Enter a name.")]
        [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Choose a type.")]
        [Display(Name = "Type")]
        public Guid? TypeId { get; set; }

        [StringLength(2)]
        [Display(Name = "Country (empty for international bodies)")]
        public string? CountryCode { get; set; }

        [Display(Name = "Part of")]
        public Guid? ParentId { get; set; }

        [Range(1, 3650, ErrorMessage = "A reply window is between {1} and {2} days.")]
        [Display(Name = "Reply window in days (empty: the type's default)")]
        public int? ReplyWindowDays { get; set; }

        public uint Version { get; set; }

        public static InstitutionInput From(Institution institution) => new()
        {
            Name = institution.Name,
            TypeId = institution.TypeId,
            CountryCode = institution.CountryCode,
            ParentId = institution.ParentId,
            ReplyWindowDays = institution.ReplyWindowDays,
            Version = institution.Version,
        };
    }
}
