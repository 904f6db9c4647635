using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Vocabularies;

/// <summary>
/// Adds a term to a vocabulary or edits one. The code is set once and never changes, since exports and
/// the API use it; a term no longer wanted is taken out of use rather than deleted.
/// </summary>
[Authorize(Policy = Policies.ManageVocabularies)]
public class EditModel(CaseTrackerDbContext db, IStringLocalizer<SharedResource> localizer, ReferenceMerge merge) : PageModel
{
    [BindProperty]
    public TermInput Input { get; set; } = new();

    public Vocabulary Vocabulary { get; private set; }

    public bool IsNew { get; private set; }

    /// <summary>Added by a caseworker while entering a record and not yet confirmed.</summary>
    public bool IsProposed { get; private set; }

    /// <summary>The other terms of this vocabulary, any of which this one can be merged into.</summary>
    public IReadOnlyList<Shared.Choice> MergeTargets { get; private set; } = [];

    /// <summary>The term to merge this one into (the review's merge form).</summary>
    [BindProperty]
    public Guid? MergeIntoId { get; set; }

    public IReadOnlyList<SavedField> SavedByOthers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, Vocabulary? vocabulary, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            if (vocabulary is null)
            {
                return NotFound();
            }

            (IsNew, Vocabulary) = (true, vocabulary.Value);
            Input.SortOrder = 1 + await db.VocabularyTerms.Where(t => t.Vocabulary == Vocabulary).MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? 10;
            return Page();
        }

        var term = await db.VocabularyTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (term is null)
        {
            return NotFound();
        }

        await ShowReviewAsync(term, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken cancellationToken)
    {
        var term = await db.VocabularyTerms.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (term is null)
        {
            return NotFound();
        }

        term.Confirm();
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Vocabularies/Index");
    }

    /// <summary>Merges this term into another of its vocabulary: every record using it uses that one instead (<see cref="ReferenceMerge"/>).</summary>
    public async Task<IActionResult> OnPostMergeAsync(Guid id, CancellationToken cancellationToken)
    {
        var term = await db.VocabularyTerms.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (term is null)
        {
            return NotFound();
        }

        var target = MergeIntoId is { } into && into != id
            ? await db.VocabularyTerms.SingleOrDefaultAsync(t => t.Id == into && t.Vocabulary == term.Vocabulary, cancellationToken)
            : null;
        if (target is null)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(MergeIntoId), localizer["Choose the term to merge it into."]);
            await ShowReviewAsync(term, cancellationToken);
            return Page();
        }

        await merge.MergeAsync(term, target, cancellationToken);
        return RedirectToPage("/Vocabularies/Index");
    }

    private async Task ShowReviewAsync(VocabularyTerm term, CancellationToken cancellationToken)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        Vocabulary = term.Vocabulary;
        Input = TermInput.From(term);
        IsProposed = term.IsProposed;
        MergeTargets = (await db.VocabularyTerms.AsNoTracking().Where(t => t.Vocabulary == term.Vocabulary && t.Id != term.Id).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken))
            .Select(t => new Shared.Choice(t.Id, t.LabelFor(culture))).ToList();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Vocabulary? vocabulary, CancellationToken cancellationToken)
    {
        var term = id is null ? null : await db.VocabularyTerms.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if ((id is not null && term is null) || (id is null && vocabulary is null))
        {
            return NotFound();
        }

        (IsNew, Vocabulary) = (term is null, term?.Vocabulary ?? vocabulary!.Value);
        if (term is null && await db.VocabularyTerms.AnyAsync(t => t.Vocabulary == Vocabulary && t.Code == Input.Code.Trim(), cancellationToken))
        {
            ModelState.AddModelError("Input.Code", localizer["This vocabulary already has a term with this code."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            if (term is null)
            {
                term = new VocabularyTerm(Vocabulary, Input.Code, Input.Label, Input.SortOrder);
                db.VocabularyTerms.Add(term);
            }
            else
            {
                db.Entry(term).Property(t => t.Version).OriginalValue = Input.Version;
            }

            term.Rename(Input.Label, Input.LabelRu);
            term.MoveTo(Input.SortOrder);
            term.SetDefaultReplyDays(Vocabulary == Vocabulary.InstitutionType ? Input.DefaultReplyDays : null);
            if (Input.IsActive)
            {
                term.Activate();
            }
            else
            {
                term.Deactivate();
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            var saved = TermInput.From(await db.VocabularyTerms.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken));
            SavedByOthers = StaleSave.Refuse(ModelState, "Input.Version", Input, saved, localizer);
            Input.Version = saved.Version;
            return Page();
        }

        return RedirectToPage("/Vocabularies/Index");
    }

    public sealed class TermInput
    {
        [Required(ErrorMessage = "Enter a code.")]
        [StringLength(TextLimits.Code, ErrorMessage = "This can have at most {1} characters.")]
        [RegularExpression("^[a-z0-9_]+$", ErrorMessage = "Use lower-case letters, digits and underscores.")]
        [Display(Name = "Code (never changes)")]
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Enter the English label.")]
        [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
        [Display(Name = "English label")]
        public string Label { get; set; } = "";

        [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
        [Display(Name = "Russian label")]
        public string? LabelRu { get; set; }

        [Range(0, 100000, ErrorMessage = "Enter a number from {1} to {2}.")]
        [Display(Name = "Position in lists")]
        public int SortOrder { get; set; }

        [Display(Name = "In use")]
        public bool IsActive { get; set; } = true;

        [Range(1, 3650, ErrorMessage = "A reply window is between {1} and {2} days.")]
        [Display(Name = "Default reply window in days")]
        public int? DefaultReplyDays { get; set; }

        public uint Version { get; set; }

        public static TermInput From(VocabularyTerm term) => new()
        {
            Code = term.Code,
            Label = term.Label,
            LabelRu = term.LabelRu,
            SortOrder = term.SortOrder,
            IsActive = term.IsActive,
            DefaultReplyDays = term.DefaultReplyDays,
            Version = term.Version,
        };
    }
}
