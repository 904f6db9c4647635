using System.ComponentModel.DataAnnotations;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.People;

/// <summary>People in the cases the user may see, by name or any other name, paged by keyset on (name, id).</summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(CaseTrackerDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    [StringLength(200)]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "afterName")]
    [StringLength(200)]
    public string? AfterName { get; set; }

    [BindProperty(SupportsGet = true, Name = "afterId")]
    public Guid? AfterId { get; set; }

    public IReadOnlyList<PersonRow> Rows { get; private set; } = [];

    public PersonRow? Last { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            (Query, AfterName, AfterId) = (null, null, null);
        }

        var query = db.VisiblePeople(User).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var pattern = "%" + LikePattern.Escape(Query.Trim()) + "%";
            query = query.Where(p => EF.Functions.ILike(p.Name, pattern, "\\") || p.OtherNames.Any(n => EF.Functions.ILike(n, pattern, "\\")));
        }

        if (AfterName is not null && AfterId is { } afterId)
        {
            query = query.Where(p => string.Compare(p.Name, AfterName) > 0 || (p.Name == AfterName && p.Id.CompareTo(afterId) > 0));
        }

        var rows = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Take(PageSize + 1)
            .Select(p => new PersonRow(p.Id, p.Name, p.OtherNames, p.Occupation))
            .ToListAsync(cancellationToken);
        Last = rows.Count > PageSize ? rows[PageSize - 1] : null;
        Rows = rows.Take(PageSize).ToList();
    }

    public sealed record PersonRow(Guid Id, string Name, List<string> OtherNames, string? Occupation);
}
