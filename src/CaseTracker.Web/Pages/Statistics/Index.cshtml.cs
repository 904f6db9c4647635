using System.Globalization;
using System.Text;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Cases;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>Incidents by year, type and perpetrator type, and how institutions answer complaints: charts and the same numbers as tables.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(CaseTrackerDbContext db, StatisticsSource statistics, AuditTrail audit, TimeProvider clock, Microsoft.Extensions.Options.IOptions<StatisticsOptions> options) : PageModel
{
    public StatisticsFilter Filter { get; private set; } = null!;

    public StatisticsFigures Figures { get; private set; } = null!;

    /// <summary>
    /// The institutions each table shows unless all are asked for (<c>?institutions=all</c>): on a national
    /// effort's database 400 institutions made the page 1 MB (issue 17). The CSV always holds them all.
    /// </summary>
    public const int InstitutionsShown = 25;

    /// <summary>The figures as the page shows them: <see cref="Figures"/> with each institution table cut to the first <see cref="InstitutionsShown"/>, unless all are asked for.</summary>
    public StatisticsFigures Shown { get; private set; } = null!;

    public bool AllInstitutions { get; private set; }

    /// <summary>Whether any institution table was cut.</summary>
    public bool InstitutionsCut => !AllInstitutions && (Figures.Institutions.Count > InstitutionsShown || Figures.ActsByInstitution.Count > InstitutionsShown || Figures.ProceedingsByInstitution.Count > InstitutionsShown);

    public IReadOnlyList<string> Countries { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>When and how the figures were counted (live, or kept and how old).</summary>
    public CountedStatistics Counted { get; private set; } = null!;

    public int CountAgeMinutes => Math.Max(0, (int)(clock.GetUtcNow() - Counted.CountedAt).TotalMinutes);

    public int RecountAfterMinutes => options.Value.RecountAfterMinutes;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = StatisticsFilter.Read(Request.Query);
        Countries = await CountryChoices.LoadAsync(db, User, cancellationToken);
        Counted = await statistics.LoadAsync(Filter, User, countNow: Request.Query.ContainsKey("count-now"), CultureInfo.CurrentUICulture, cancellationToken);
        Figures = Counted.Figures;
        AllInstitutions = Request.Query["institutions"] == "all";
        Shown = AllInstitutions ? Figures : Figures with
        {
            Institutions = Figures.Institutions.Take(InstitutionsShown).ToList(),
            ActsByInstitution = Figures.ActsByInstitution.Take(InstitutionsShown).ToList(),
            ProceedingsByInstitution = Figures.ProceedingsByInstitution.Take(InstitutionsShown).ToList(),
        };
        Today = Counted.CountedOn;
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
