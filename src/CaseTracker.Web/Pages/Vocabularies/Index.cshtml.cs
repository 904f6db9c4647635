using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Vocabularies;

/// <summary>Every vocabulary with its terms, codes, labels per language and, for institution types, reply windows.</summary>
[Authorize(Policy = Policies.ManageVocabularies)]
public class IndexModel(CaseTrackerDbContext db) : PageModel
{
    public IReadOnlyDictionary<Vocabulary, List<VocabularyTerm>> Terms { get; private set; } = new Dictionary<Vocabulary, List<VocabularyTerm>>();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Terms = (await db.VocabularyTerms.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken))
            .GroupBy(t => t.Vocabulary)
            .ToDictionary(g => g.Key, g => g.ToList());
}
