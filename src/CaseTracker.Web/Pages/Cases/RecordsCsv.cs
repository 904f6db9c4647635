using System.Globalization;
using System.Text;
using CaseTracker.Web.Infrastructure;

namespace CaseTracker.Web.Pages.Cases;

/// <summary>
/// Incidents and complaints as one CSV (case file and search downloads), built from the redacted read
/// models: a complaint carries its derived status, due date, days of silence and days to its first
/// response; dates come as written and as EDTF.
/// </summary>
public static class RecordsCsv
{
    /// <summary>One line of the file: an incident or a complaint, with the reference of its case.</summary>
    public sealed record Row(string CaseReference, IncidentView? Incident, ComplaintView? Complaint, IReadOnlyDictionary<Guid, string> Labels);

    private static readonly CsvColumn<Row>[] Columns =
    [
        new("kind", r => r.Incident is not null ? "incident" : "complaint"),
        new("id", r => (r.Incident?.Id ?? r.Complaint!.Id).ToString()),
        new("case_reference", r => r.CaseReference),
        new("date", r => (r.Incident?.Date ?? r.Complaint!.FiledOn).ToString()),
        new("edtf", r => (r.Incident?.Date ?? r.Complaint!.FiledOn).ToEdtf()),
        new("title", r => r.Incident?.Title ?? r.Complaint!.Subject),
        new("place", r => r.Incident?.Place),
        new("verification", r => r.Incident?.Verification.ToString()),
        new("types", r => r.Incident is { } i ? string.Join("; ", i.TypeIds.Select(t => r.Labels.GetValueOrDefault(t, "?"))) : r.Complaint!.Kind),
        new("institution", r => r.Complaint?.Institution),
        new("status", r => r.Complaint?.State.Status.ToString()),
        new("due_on", r => r.Complaint?.State.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("days_of_silence", r => Number(r.Complaint?.State.DaysOfSilence)),
        new("days_to_first_response", r => Number(r.Complaint?.Responses.FirstOrDefault()?.DaysAfterFiling)),
        new("latest_outcome", r => r.Complaint?.LatestOutcome),
        new("alternative_date", r => r.Incident?.AlternativeDate?.ToString()),
        new("alternative_edtf", r => r.Incident?.AlternativeDate?.ToEdtf()),
        new("date_note", r => r.Incident?.DateNote),
    ];

    public static byte[] Write(IEnumerable<(string CaseReference, IncidentView Incident)> incidents, IEnumerable<(string CaseReference, ComplaintView Complaint)> complaints, IReadOnlyDictionary<Guid, string> labels)
    {
        var rows = incidents.Select(i => new Row(i.CaseReference, i.Incident, null, labels))
            .Concat(complaints.Select(c => new Row(c.CaseReference, null, c.Complaint, labels)));
        var csv = new StringBuilder();
        CsvColumn<Row>.AppendTable(csv, Columns, rows);
        return CsvText.ToFile(csv);
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
