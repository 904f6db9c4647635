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
    private static readonly string[] Header =
    [
        "kind", "id", "case_reference", "date", "edtf", "title", "place", "verification", "types",
        "institution", "status", "due_on", "days_of_silence", "days_to_first_response", "latest_outcome",
    ];

    public static byte[] Write(IEnumerable<(string CaseReference, IncidentView Incident)> incidents, IEnumerable<(string CaseReference, ComplaintView Complaint)> complaints, IReadOnlyDictionary<Guid, string> labels)
    {
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, Header);
        foreach (var (reference, i) in incidents)
        {
            CsvText.AppendRow(csv,
            [
                "incident", i.Id.ToString(), reference, i.Date.ToString(), i.Date.ToEdtf(), i.Title, i.Place, i.Verification.ToString(),
                string.Join("; ", i.TypeIds.Select(t => labels.GetValueOrDefault(t, "?"))), "", "", "", "", "", "",
            ]);
        }

        foreach (var (reference, c) in complaints)
        {
            CsvText.AppendRow(csv,
            [
                "complaint", c.Id.ToString(), reference, c.FiledOn.ToString(), c.FiledOn.ToEdtf(), c.Subject, "", "", c.Kind,
                c.Institution, c.State.Status.ToString(), c.State.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Number(c.State.DaysOfSilence), Number(c.Responses.FirstOrDefault()?.DaysAfterFiling), c.LatestOutcome,
            ]);
        }

        return CsvText.ToFile(csv);
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
