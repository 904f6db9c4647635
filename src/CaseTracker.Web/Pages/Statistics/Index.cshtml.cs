using System.Globalization;
using System.Text;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>Incidents by year, type and perpetrator type, and how institutions answer complaints: charts and the same numbers as tables.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(CaseTrackerDbContext db, SilenceSettings silence, AuditTrail audit) : PageModel
{
    public StatisticsFilter Filter { get; private set; } = null!;

    public StatisticsFigures Figures { get; private set; } = null!;

    public IReadOnlyList<string> Countries { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var reading = silence.Today();
        Today = reading.Today;
        Filter = StatisticsFilter.Read(Request.Query);
        Countries = await db.Cases.AsNoTracking().VisibleTo(User).Select(c => c.CountryCode).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        Figures = await new StatisticsQueries(db).LoadAsync(Filter, User, reading, CultureInfo.CurrentUICulture, cancellationToken);
    }

    /// <summary>The institution table as CSV, with shares as fractions and the filter in the file name; recorded in the audit trail.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, ["institution", "complaints_received", "answered", "answered_share", "median_days_to_first_response", "overdue_and_silent", "overdue_share", "past_due_no_news", "longest_silence_days", "latest_outcomes", "counted_on", "country", "from", "to"]);
        foreach (var i in Figures.Institutions)
        {
            CsvText.AppendRow(csv,
            [
                i.Institution, Number(i.Received), Number(i.Answered), Number(i.AnsweredShare), i.MedianDaysToFirstResponse is { } median ? Number(median) : "",
                Number(i.OverdueAndSilent), Number(i.OverdueShare), Number(i.PastDueNoNews), i.LongestSilenceDays is { } longest ? Number(longest) : "", string.Join("; ", i.Outcomes.Select(o => $"{o.Label}: {o.Value}")),
                Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Filter.Country, Filter.From?.ToEdtf(), Filter.To?.ToEdtf(),
            ]);
        }

        await audit.RecordAsync(AuditAction.Export, "Statistics", null, new { What = "statistics", Format = "csv", Rows = Figures.Institutions.Count }, cancellationToken: cancellationToken);
        return File(CsvText.ToFile(csv), CsvText.ContentType, $"institutions-{Today:yyyy-MM-dd}.csv");
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
