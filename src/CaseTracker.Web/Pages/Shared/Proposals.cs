using CaseTracker.Domain;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Institutions;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Shared;

/// <summary>
/// Entry is never blocked by a list: a caseworker who does not find an institution or a term types it
/// under the list, and it is added (marked as proposed, for an admin to confirm or merge) and chosen for
/// the record. It is only added to the context here and saved with the record, so a form refused for
/// another reason adds nothing. One already listed under the same name is chosen instead of a copy.
/// </summary>
public sealed class Proposals(CaseTrackerDbContext db, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>
    /// Adds the institution typed under the list (prefix e.g. "Input.NewInstitution") and chooses it in
    /// <paramref name="field"/>; returns the options with it among the institutions.
    /// </summary>
    public async Task<CaseFormOptions> InstitutionAsync(NewInstitutionInput input, string prefix, string field, Action<Guid> choose, CaseFormOptions options, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(choose);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(modelState);
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            if (input.TypeId is not null)
            {
                modelState.AddModelError($"{prefix}.Name", localizer["Type the name of the institution to add, or choose one from the list."]);
            }

            return options;
        }

        // The list was left empty on purpose: what is wrong is said next to the new institution's fields.
        modelState.Remove(field);
        var type = CaseFormOptions.AllowedOne(input.TypeId, options.TermsOf(Vocabulary.InstitutionType));
        if (type is null)
        {
            modelState.AddModelError($"{prefix}.TypeId", localizer["Choose the type of the institution to add."]);
        }

        var country = string.IsNullOrWhiteSpace(input.Country) ? null : Countries.CodeOf(input.Country);
        if (!string.IsNullOrWhiteSpace(input.Country) && country is null)
        {
            modelState.AddModelError($"{prefix}.Country", localizer["No country has this name or code: type it in English, in its own language or as a two-letter code, or leave it empty for an international body."]);
        }

        if (type is null || modelState.GetFieldValidationState($"{prefix}.Name") == ModelValidationState.Invalid
            || (!string.IsNullOrWhiteSpace(input.Country) && country is null))
        {
            return options;
        }

        var lowered = name.ToLowerInvariant();
        var listed = await db.Institutions.AsNoTracking()
            .Where(i => i.Name.ToLower() == lowered && i.CountryCode == country)
            .Select(i => new Choice(i.Id, i.Name)).FirstOrDefaultAsync(cancellationToken);
        Choice chosen;
        if (listed is not null)
        {
            chosen = listed;
        }
        else
        {
            try
            {
                var institution = Institution.Propose(name, type.Value, country);
                db.Institutions.Add(institution);
                chosen = new Choice(institution.Id, institution.Name);
            }
            catch (DomainException ex)
            {
                modelState.AddModelError($"{prefix}.Name", localizer.Say(ex));
                return options;
            }
        }

        modelState.Remove(field);
        choose(chosen.Id);
        return options with { Institutions = [.. options.Institutions.Where(c => c.Id != chosen.Id), chosen] };
    }

    /// <summary>
    /// Adds the term typed under a vocabulary's list (form field <paramref name="name"/>) and chooses it in
    /// <paramref name="field"/>; returns the options with it among the terms.
    /// </summary>
    public async Task<CaseFormOptions> TermAsync(Vocabulary vocabulary, string? label, string name, string field, Action<Guid> choose, CaseFormOptions options, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choose);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(modelState);
        var typed = label?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            return options;
        }

        modelState.Remove(field);

        if (typed.Length > TextLimits.Name)
        {
            modelState.AddModelError(name, localizer["This can have at most {0} characters.", TextLimits.Name]);
            return options;
        }

        var lowered = typed.ToLowerInvariant();
        var listed = await db.VocabularyTerms.AsNoTracking()
            .Where(t => t.Vocabulary == vocabulary && (t.Label.ToLower() == lowered || (t.LabelRu != null && t.LabelRu.ToLower() == lowered)))
            .OrderByDescending(t => t.IsActive).Select(t => new { t.Id, t.IsActive }).FirstOrDefaultAsync(cancellationToken);
        Guid chosen;
        if (listed is { IsActive: true })
        {
            chosen = listed.Id;
        }
        else
        {
            var last = await db.VocabularyTerms.Where(t => t.Vocabulary == vocabulary).MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? 0;
            var term = VocabularyTerm.Propose(vocabulary, typed, last + 1);
            db.VocabularyTerms.Add(term);
            chosen = term.Id;
        }

        modelState.Remove(field);
        choose(chosen);
        var terms = options.Terms.ToDictionary(t => t.Key, t => t.Value);
        terms[vocabulary] = [.. options.TermsOf(vocabulary).Where(c => c.Id != chosen), new Choice(chosen, typed)];
        return options with { Terms = terms };
    }
}
