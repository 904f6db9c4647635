using System.Globalization;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Search;

/// <summary>
/// Search across everything the reader may see. All criteria are in the URL, so a search can be shared;
/// whatever is typed, the page answers (malformed filters are dropped, long text is cut).
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(CaseTrackerDbContext db) : PageModel
{
    public const int PageSize = 20;

    public SearchCriteria Criteria { get; private set; } = null!;

    public SearchResults? Results { get; private set; }

    public IReadOnlyList<(Guid Id, string Label)> IncidentTypes { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Label)> PerpetratorTypes { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Institutions { get; private set; } = [];

    public IReadOnlyList<string> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Criteria = SearchCriteria.Read(Request.Query);
        var terms = await db.VocabularyTerms.AsNoTracking()
            .Where(t => t.Vocabulary == Vocabulary.IncidentType || t.Vocabulary == Vocabulary.PerpetratorType)
            .OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        IncidentTypes = terms.Where(t => t.Vocabulary == Vocabulary.IncidentType).Select(t => (t.Id, t.LabelFor(CultureInfo.CurrentUICulture))).ToList();
        PerpetratorTypes = terms.Where(t => t.Vocabulary == Vocabulary.PerpetratorType).Select(t => (t.Id, t.LabelFor(CultureInfo.CurrentUICulture))).ToList();
        Institutions = (await db.Institutions.AsNoTracking().OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(cancellationToken))
            .Select(i => (i.Id, i.Name)).ToList();
        Countries = await db.Cases.AsNoTracking().VisibleTo(User).Select(c => c.CountryCode).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        if (!Criteria.IsEmpty)
        {
            Results = await new SearchRows(db).FindAsync(Criteria, User, PageSize, cancellationToken);
        }
    }
}
