using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Cases;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Sources;

/// <summary>
/// Lets a case cite a source entered in another case (one report about many defenders is entered once):
/// found by typing part of its title among the sources of cases the user may see, then cited with one
/// button. A cited source can be un-cited here too; it stays in the case it was entered in.
/// </summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute("caseId")]
public class CiteModel(CaseTrackerDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The most matches shown: type more of the title to narrow them.</summary>
    public const int Shown = 20;

    [BindProperty(SupportsGet = true)]
    public string? Title { get; set; }

    public string CaseReference { get; private set; } = "";

    public Guid CaseId { get; private set; }

    public IReadOnlyList<Match> Matches { get; private set; } = [];

    public sealed record Match(Guid Id, string Title, string? Publisher, Domain.Dates.PartialDate? PublishedOn, string EnteredIn);

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (!await LoadCaseAsync(caseId, cancellationToken))
        {
            return NotFound();
        }

        var typed = Title?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            return Page();
        }

        if (typed.Length > Domain.Common.TextLimits.Title)
        {
            ModelState.AddModelError(nameof(Title), localizer["This can have at most {0} characters.", Domain.Common.TextLimits.Title]);
            return Page();
        }

        var pattern = "%" + LikePattern.Escape(typed) + "%";
        var visibleCases = db.Cases.VisibleTo(User);
        Matches = await db.Sources.AsNoTracking()
            .Where(s => s.ArchivedAt == null && visibleCases.Any(v => v.Id == s.CaseId) && EF.Functions.ILike(s.Title, pattern, "\\"))
            .Where(s => s.CaseId != caseId && !s.CitedIn.Any(l => l.CaseId == caseId))
            .OrderBy(s => s.Title).ThenBy(s => s.Id)
            .Take(Shown)
            .Join(db.Cases, s => s.CaseId, c => c.Id, (s, c) => new Match(s.Id, s.Title, s.Publisher, s.PublishedOn, c.Reference))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid caseId, Guid sourceId, CancellationToken cancellationToken)
    {
        var source = await VisibleSourceAsync(caseId, sourceId, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        source.CiteIn(caseId);
        await db.SaveChangesAsync(cancellationToken);
        TempData[nameof(DetailsModel.StatusMessage)] = localizer["Source cited in this case."].Value;
        return Redirect(Url.Page("/Cases/Details", new { id = caseId }) + "#sources-heading");
    }

    public async Task<IActionResult> OnPostStopAsync(Guid caseId, Guid sourceId, CancellationToken cancellationToken)
    {
        var source = await VisibleSourceAsync(caseId, sourceId, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        if (await CitedByRecordsAsync(caseId, sourceId, cancellationToken))
        {
            TempData[nameof(DetailsModel.StatusMessage)] = localizer["Records of this case cite this source. Remove it from them first."].Value;
            return Redirect(Url.Page("/Cases/Details", new { id = caseId }) + "#sources-heading");
        }

        source.NoLongerCiteIn(caseId);
        await db.SaveChangesAsync(cancellationToken);
        TempData[nameof(DetailsModel.StatusMessage)] = localizer["This case no longer cites the source."].Value;
        return Redirect(Url.Page("/Cases/Details", new { id = caseId }) + "#sources-heading");
    }

    // Un-citing a source that records of the case still cite would leave their footnotes pointing at nothing.
    private async Task<bool> CitedByRecordsAsync(Guid caseId, Guid sourceId, CancellationToken cancellationToken) =>
        await db.Incidents.AnyAsync(i => i.CaseId == caseId && i.Sources.Any(l => l.SourceId == sourceId), cancellationToken)
        || await db.Complaints.AnyAsync(c => c.CaseId == caseId && (c.Sources.Any(l => l.SourceId == sourceId) || c.Responses.Any(r => r.Sources.Any(l => l.SourceId == sourceId))), cancellationToken)
        || await db.Acts.AnyAsync(a => a.CaseId == caseId && a.Sources.Any(l => l.SourceId == sourceId), cancellationToken)
        || await db.Proceedings.AnyAsync(p => p.CaseId == caseId && p.Sources.Any(l => l.SourceId == sourceId), cancellationToken);

    private async Task<bool> LoadCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(User).Where(c => c.Id == caseId).Select(c => c.Reference).SingleOrDefaultAsync(cancellationToken);
        CaseId = caseId;
        CaseReference = found ?? "";
        return found is not null;
    }

    // The case must be one the user may see, and the source one entered in a case they may see (or already cited here).
    private async Task<Domain.Sources.Source?> VisibleSourceAsync(Guid caseId, Guid sourceId, CancellationToken cancellationToken)
    {
        if (!await LoadCaseAsync(caseId, cancellationToken))
        {
            return null;
        }

        var visibleCases = db.Cases.VisibleTo(User);
        return await db.Sources
            .Where(s => s.Id == sourceId && s.ArchivedAt == null && (visibleCases.Any(v => v.Id == s.CaseId) || s.CitedIn.Any(l => l.CaseId == caseId)))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
