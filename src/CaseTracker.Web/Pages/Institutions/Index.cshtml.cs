using System.Globalization;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Institutions;

/// <summary>Institutions and the reply window each is held to; those caseworkers added while entering come first, marked new, for review. Admins only: the list is shared by all cases.</summary>
[Authorize(Policy = Policies.ManageVocabularies)]
public class IndexModel(CaseTrackerDbContext db) : PageModel
{
    public IReadOnlyList<InstitutionRow> Rows { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var types = await db.VocabularyTerms.AsNoTracking().Where(t => t.Vocabulary == Vocabulary.InstitutionType).ToListAsync(cancellationToken);
        var institutions = await db.Institutions.AsNoTracking().OrderByDescending(i => i.IsProposed).ThenBy(i => i.Name).ToListAsync(cancellationToken);
        var names = institutions.ToDictionary(i => i.Id, i => i.Name);
        Rows = institutions.Select(i =>
        {
            var type = types.Single(t => t.Id == i.TypeId);
            return new InstitutionRow(i.Id, i.Name, type.LabelFor(culture), i.CountryCode, i.ParentId is { } p ? names.GetValueOrDefault(p) : null,
                i.EffectiveReplyWindow(type.DefaultReplyDays), i.ReplyWindowDays is not null, i.IsProposed);
        }).ToList();
    }

    public sealed record InstitutionRow(Guid Id, string Name, string Type, string? CountryCode, string? Parent, int ReplyWindow, bool OwnWindow, bool IsProposed);
}
