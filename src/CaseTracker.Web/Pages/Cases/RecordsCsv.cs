using CaseTracker.Domain.Dates;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Complaints;
using CaseTracker.Web.Pages.Incidents;

namespace CaseTracker.Web.Pages.Cases;

/// <summary>
/// Incidents and complaints as one CSV (case file and search downloads), built from their read shapes:
/// the columns both have, then the incident's own (<see cref="IncidentView.CsvColumns"/>), then the
/// complaint's (<see cref="ComplaintView.CsvColumns"/>: its kind, derived status, due date, days of
/// silence and days to its first response).
/// Dates come as written and as EDTF.
/// </summary>
public static class RecordsCsv
{
    /// <summary>One line of the file: an incident or a complaint, with the reference of its case.</summary>
    public sealed record Row(string CaseReference, IncidentView? Incident, ComplaintView? Complaint)
    {
        public PartialDate Date => Incident?.Date ?? Complaint!.FiledOn;
    }

    private static readonly CsvColumn<Row>[] Columns =
    [
        new("kind", r => r.Incident is not null ? "incident" : "complaint"),
        new("id", r => (r.Incident?.Id ?? r.Complaint!.Id).ToString()),
        new("case_reference", r => r.CaseReference),
        new("date", r => r.Date.ToString()),
        new("date_as_typed", r => r.Date.Text),
        new("edtf", r => r.Date.ToEdtf()),
        new("title", r => r.Incident?.Title ?? r.Complaint!.Subject),
        .. IncidentView.CsvColumns.Select(c => new CsvColumn<Row>(c.Name, r => r.Incident is { } incident ? c.Cell(incident) : null)),
        .. ComplaintView.CsvColumns.Select(c => new CsvColumn<Row>(c.Name, r => r.Complaint is { } complaint ? c.Cell(complaint) : null)),
    ];

    /// <summary>The download, written as it goes; incidents must carry their type labels (<see cref="IncidentView.WithLabels"/>).</summary>
    public static CsvDownload<Row> Download(IEnumerable<(string CaseReference, IncidentView Incident)> incidents, IEnumerable<(string CaseReference, ComplaintView Complaint)> complaints, string fileName) =>
        new(Columns, incidents.Select(i => new Row(i.CaseReference, i.Incident, null)).Concat(complaints.Select(c => new Row(c.CaseReference, null, c.Complaint))), fileName);
}
