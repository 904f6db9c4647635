using System.Globalization;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Cases;
using CaseTracker.Web.Pages.Complaints;
using CaseTracker.Web.Pages.Incidents;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CaseTracker.Web.Pages.Search;

/// <summary>
/// Search across everything the reader may see. All criteria are in the URL, so a search can be shared;
/// whatever is typed, the page answers (malformed filters are dropped, long text is cut).
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(CaseTrackerDbContext db, SearchRows search, SearchHitDetails hitDetails, SilenceSettings silence, AuditTrail audit) : PageModel
{
    public const int PageSize = 20;

    public SearchCriteria Criteria { get; private set; } = null!;

    public SearchResults? Results { get; private set; }

    public IReadOnlyDictionary<Guid, HitDetail> Details { get; private set; } = new Dictionary<Guid, HitDetail>();

    /// <summary>The database stopped the search at its time limit; the page asks for a narrower one.</summary>
    public bool TooSlow { get; private set; }

    public IReadOnlyList<(Guid Id, string Label)> IncidentTypes { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Label)> PerpetratorTypes { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Institutions { get; private set; } = [];

    public IReadOnlyList<string> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Criteria = SearchCriteria.Read(Request.Query);
        var tsquery = await LoadChoicesAsync(cancellationToken);
        if (!Criteria.IsEmpty)
        {
            try
            {
                Results = await search.FindAsync(Criteria, User, PageSize, tsquery, cancellationToken);
                Details = await hitDetails.ForAsync(Results.Hits, Criteria.Text, User, cancellationToken);
            }
            catch (SearchTooSlowException)
            {
                TooSlow = true;
            }
        }
    }

    /// <summary>
    /// The filter choices of the form, read in one round trip (three EF queries were a third of the page's
    /// own time, issue 17), with the search's words as PostgreSQL writes them (null: no words).
    /// </summary>
    private async Task<string?> LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var text = Criteria.Text;
        var (terms, institutions, countries, tsquery) = await ReadBatch.RunAsync<(List<(Guid Id, string Vocabulary, string Label)>, List<(Guid, string)>, List<string>, List<string>)>(db, batch =>
        {
            var tsquery = text is null ? [] : batch.Add(SearchRows.TsQueryTextSql, p => p.AddWithValue("text", NpgsqlDbType.Text, text), r => r.IsDBNull(0) ? "" : r.GetString(0));
            var countries = CountryChoices.AddTo(batch, User);
            var terms = batch.Add(
                "select t.id, t.vocabulary, t.label, t.label_ru from vocabulary_terms t where t.vocabulary = any(@vocabularies) order by t.sort_order, t.id",
                p => p.AddWithValue("vocabularies", new[] { nameof(Vocabulary.IncidentType), nameof(Vocabulary.PerpetratorType) }),
                r => (r.Id("id"), r.Text("vocabulary"), VocabularyTerm.LabelIn(culture, r.Text("label"), r.OptionalText("label_ru"))));
            var institutions = batch.Add("select i.id, i.name from institutions i order by i.name", _ => { }, r => (r.Id("id"), r.Text("name")));
            return () => (terms, institutions, countries, tsquery);
        }, cancellationToken);
        IncidentTypes = [.. terms.Where(t => t.Vocabulary == nameof(Vocabulary.IncidentType)).Select(t => (t.Id, t.Label))];
        PerpetratorTypes = [.. terms.Where(t => t.Vocabulary == nameof(Vocabulary.PerpetratorType)).Select(t => (t.Id, t.Label))];
        Institutions = institutions;
        Countries = countries;
        return tsquery.SingleOrDefault();
    }

    /// <summary>
    /// The incidents and complaints among the first 1,000 hits as CSV (complaints with status and days),
    /// in the order found, redacted like the pages; recorded as an export.
    /// </summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var criteria = SearchCriteria.Read(Request.Query) with { After = null };
        if (criteria.IsEmpty)
        {
            return RedirectToPage();
        }

        IReadOnlyList<SearchHit> hits;
        try
        {
            hits = (await search.FindAsync(criteria, User, SearchRows.ExportCap, cancellationToken)).Hits;
        }
        catch (SearchTooSlowException)
        {
            // The page with its message, without running the same slow search a second time.
            (Criteria, TooSlow) = (criteria, true);
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        var references = hits.Where(h => h.CaseReference is not null).GroupBy(h => h.Id).ToDictionary(g => g.Key, g => g.First().CaseReference!);
        var incidentIds = hits.Where(h => h.Kind == SearchHitKind.Incident).Select(h => h.Id).ToList();
        var complaintIds = hits.Where(h => h.Kind == SearchHitKind.Complaint).Select(h => h.Id).ToList();
        var incidents = (await IncidentView.LoadAsync(db, "i.id = any(@ids)", p => p.AddWithValue("ids", incidentIds.ToArray()), cancellationToken))
            .OrderBy(i => incidentIds.IndexOf(i.Id)).ToList();
        var complaints = (await ComplaintView.LoadAsync(db, "c.id = any(@ids)", p => p.AddWithValue("ids", complaintIds.ToArray()), cancellationToken))
            .OrderBy(c => complaintIds.IndexOf(c.Complaint.Id)).ToList();
        var labels = await db.VocabularyTerms.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.LabelFor(CultureInfo.CurrentUICulture), cancellationToken);
        var institutionIds = complaints.Select(c => c.Complaint.InstitutionId).Distinct().ToList();
        var institutions = await db.Institutions.AsNoTracking().Where(i => institutionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var reading = silence.Today();
        var today = reading.Today;

        await audit.RecordAsync(AuditAction.Export, "Search", null, new { What = "search", Format = "csv", Rows = incidents.Count + complaints.Count }, cancellationToken: cancellationToken);
        return RecordsCsv.Download(
            incidents.Select(i => (references[i.Id], i.WithLabels(labels))),
            complaints.Select(c => (references[c.Complaint.Id], c.Complaint.Complete(c.Responses, reading, labels, institutions, User.SeesConfidential()))),
            $"search-incidents-and-complaints-{today:yyyy-MM-dd}.csv");
    }
}
