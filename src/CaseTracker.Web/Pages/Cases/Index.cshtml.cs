using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain.Cases;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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

        CountriesInUse = await CountryChoices.LoadAsync(db, User, cancellationToken);

        (Rows, NextAfter) = await new CaseListQuery(Status, Country, Sensitivity, Query).LoadAsync(db, User, After, PageSize, cancellationToken);
    }

    public Dictionary<string, string?> RouteFor(string? after) => new()
    {
        ["status"] = Status?.ToString(),
        ["country"] = Country,
        ["sensitivity"] = Sensitivity?.ToString(),
        ["q"] = Query,
        ["after"] = after,
    };
}
