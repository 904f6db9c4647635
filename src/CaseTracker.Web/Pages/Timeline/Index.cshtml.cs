using System.Globalization;
using System.Text;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>One chronology per case; filters live in the URL so a filtered timeline can be shared. Also exports it as CSV and Markdown.</summary>
[Authorize(Policy = Policies.ReadCases)]
[CaseRecordRoute]
public class IndexModel(CaseTrackerDbContext db, SilenceSettings silence, IStringLocalizer<SharedResource> localizer, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kind")]
    public TimelineKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public Guid? IncidentTypeId { get; set; }

    [BindProperty(SupportsGet = true, Name = "institution")]
    public Guid? InstitutionId { get; set; }

    [BindProperty(SupportsGet = true, Name = "hideContext")]
    public bool HideContextEvents { get; set; }

    [BindProperty(SupportsGet = true, Name = "archived")]
    public bool IncludeArchived { get; set; }

    public CaseTimeline Timeline { get; private set; } = null!;

    public IReadOnlyList<TimelineEntry> Shown { get; private set; } = [];

    /// <summary>
    /// More entries than a page should carry (issue 17: 2,000 entries made 685 KB and 800 ms under load):
    /// the years with their counts are the overview, and one year is listed at a time.
    /// </summary>
    public const int WholeTimelineUpTo = 300;

    /// <summary>The year to list when the timeline is listed by year; the newest year otherwise.</summary>
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    /// <summary>The entries listed: all of <see cref="Shown"/>, or those of <see cref="ListedYear"/>.</summary>
    public IReadOnlyList<TimelineEntry> Listed { get; private set; } = [];

    public int? ListedYear { get; private set; }

    public DateOnly Today { get; private set; }

    public TimelineText Text => field ??= new TimelineText(localizer);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken, exportFormat: "csv")
            ? TimelineExports.Csv(Timeline, Shown, Text)
            : NotFound();

    public async Task<IActionResult> OnGetMarkdownAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken, exportFormat: "markdown")
            ? File(Encoding.UTF8.GetBytes(TimelineExports.Markdown(Timeline, Shown, Text)), "text/markdown; charset=utf-8", $"{Timeline.Reference}-timeline.md")
            : NotFound();

    public Dictionary<string, string?> Route(TimelineKind? kind = null, bool keepKind = true) => new()
    {
        ["kind"] = keepKind ? Kind?.ToString() : kind?.ToString(),
        ["type"] = IncidentTypeId?.ToString(),
        ["institution"] = InstitutionId?.ToString(),
        ["hideContext"] = HideContextEvents ? "true" : null,
        ["archived"] = IncludeArchived ? "true" : null,
        ["year"] = ListedYear?.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Loads the timeline; audits an export, and any read of a restricted case.</summary>
    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken, string? exportFormat = null)
    {
        if (!ModelState.IsValid)
        {
            (Kind, IncidentTypeId, InstitutionId) = (null, null, null);
            ModelState.Clear();
        }

        var reading = silence.Today();
        Today = reading.Today;
        var timeline = await new TimelineQueries(db).LoadAsync(id, User, reading, IncludeArchived, CultureInfo.CurrentUICulture, cancellationToken);
        if (timeline is null)
        {
            return false;
        }

        Timeline = timeline;
        Shown = new TimelineFilter(Kind, IncidentTypeId, InstitutionId, HideContextEvents).Apply(timeline.Entries);
        (Listed, ListedYear) = (Shown, null);
        if (Shown.Count > WholeTimelineUpTo)
        {
            var years = StoryHeadings.Years(Shown);
            ListedYear = years.Any(y => y.Year == Year) ? Year : years[^1].Year;
            Listed = years.Where(y => y.Year == ListedYear).SelectMany(y => y.Entries).ToList();
        }
        await audit.RecordCaseReadAsync(id, timeline.Restricted, export: exportFormat is not null,
            new { What = "timeline", Format = exportFormat, Entries = Shown.Count }, cancellationToken);

        return true;
    }
}
