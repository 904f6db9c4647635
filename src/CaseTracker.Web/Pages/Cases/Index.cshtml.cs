using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Cases;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Cases;

/// <summary>
/// The case list. Filters live in the URL so a filtered list can be shared; paging is by keyset on the
/// reference code (no OFFSET), so page 500 costs the same as page 1.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(CaseTrackerDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "status")]
    public CaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "country")]
    [StringLength(2)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true, Name = "sensitivity")]
    public Sensitivity? Sensitivity { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    [StringLength(200)]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "after")]
    [StringLength(32)]
    public string? After { get; set; }

    public IReadOnlyList<CaseRow> Rows { get; private set; } = [];

    public string? NextAfter { get; private set; }

    public IReadOnlyList<string> CountriesInUse { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A malformed filter (a hand-edited URL) is ignored rather than answered with an error.
        if (!ModelState.IsValid)
        {
            Status = ModelState["status"]?.Errors.Count > 0 ? null : Status;
            Sensitivity = ModelState["sensitivity"]?.Errors.Count > 0 ? null : Sensitivity;
            Query = ModelState["q"]?.Errors.Count > 0 ? null : Query;
            Country = ModelState["country"]?.Errors.Count > 0 ? null : Country;
            After = ModelState["after"]?.Errors.Count > 0 ? null : After;
            ModelState.Clear();
        }

        var visible = db.Cases.AsNoTracking().VisibleTo(User);
        CountriesInUse = await visible.Select(c => c.CountryCode).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);

        var query = Filter(visible);
        if (!string.IsNullOrEmpty(After))
        {
            query = query.Where(c => string.Compare(c.Reference, After) > 0);
        }

        var rows = await query
            .OrderBy(c => c.Reference)
            .Take(PageSize + 1)
            .Select(c => new CaseRow(
                c.Id,
                c.Reference,
                c.Title,
                c.CountryCode,
                c.Status,
                c.RiskLevel,
                c.Sensitivity,
                c.Participants.Where(p => p.Role == ParticipantRole.Defender)
                    .Join(db.Persons, p => p.PersonId, person => person.Id, (p, person) => person.Name)
                    .ToList()))
            .ToListAsync(cancellationToken);

        NextAfter = rows.Count > PageSize ? rows[PageSize - 1].Reference : null;
        Rows = rows.Take(PageSize).ToList();
    }

    public Dictionary<string, string?> RouteFor(string? after) => new()
    {
        ["status"] = Status?.ToString(),
        ["country"] = Country,
        ["sensitivity"] = Sensitivity?.ToString(),
        ["q"] = Query,
        ["after"] = after,
    };

    private IQueryable<CaseFile> Filter(IQueryable<CaseFile> query)
    {
        if (Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(Country))
        {
            var country = Country.Trim().ToUpperInvariant();
            query = query.Where(c => c.CountryCode == country);
        }

        if (Sensitivity is { } sensitivity)
        {
            query = query.Where(c => c.Sensitivity == sensitivity);
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            var pattern = "%" + LikePattern.Escape(Query.Trim()) + "%";
            query = query.Where(c => EF.Functions.ILike(c.Title, pattern, "\\"));
        }

        return query;
    }

    public sealed record CaseRow(
        Guid Id,
        string Reference,
        string Title,
        string CountryCode,
        CaseStatus Status,
        RiskLevel Risk,
        Sensitivity Sensitivity,
        List<string> Defenders);
}
