using System.Text;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Incidents;
using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>The chronology as CSV (for spreadsheets) and Markdown (for reports and UN submissions), dates both as written and as EDTF.</summary>
public static class TimelineExports
{
    /// <summary>One line of the CSV: an entry, with the words and footnotes of its request.</summary>
    private sealed record Line(TimelineEntry Entry, TimelineText Text, CaseTimeline Timeline);

    private static readonly CsvColumn<Line>[] Columns =
    [
        new("date", l => l.Text.Date(l.Entry.Date)),
        new("date_as_typed", l => l.Entry.Date.Text),
        new("edtf", l => l.Entry.Date.ToEdtf()),
        new("earliest", l => Day(l.Entry.Date.KnownEarliest)),
        new("latest", l => Day(l.Entry.Date.KnownLatest)),
        new("precision", l => l.Entry.Date.Precision.ToString().ToLowerInvariant()),
        new("kind", l => TimelineKinds.Of(l.Entry.Kind).Code),
        new("kind_label", l => l.Text.KindLabel(l.Entry.Kind)),
        new("title", l => l.Entry.Title),
        new("detail", l => l.Text.Detail(l.Entry)),
        new("status", l => l.Entry.State?.Status.ToString() ?? ""),
        new("status_label", l => l.Text.StatusLabel(l.Entry.State?.Status)),
        new("sources", l => string.Join(" ", l.Entry.SourceIds.Select(id => $"[{l.Timeline.SourceNumber(id)}]"))),
        .. IncidentView.CsvColumns.Select(c => new CsvColumn<Line>(c.Name, l => l.Entry.Incident is { } incident ? c.Cell(incident) : null)),
    ];

    /// <summary>The CSV download, written as it goes.</summary>
    public static IActionResult Csv(CaseTimeline timeline, IReadOnlyList<TimelineEntry> entries, TimelineText text) =>
        new CsvDownload<Line>(Columns, entries.Select(e => new Line(e.Incident is { } incident ? e with { Incident = incident.WithLabels(timeline.Labels) } : e, text, timeline)), $"{timeline.Reference}-timeline.csv");

    public static string Markdown(CaseTimeline timeline, IReadOnlyList<TimelineEntry> entries, TimelineText text)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(timeline.Reference)).Append(": ").AppendLine(Escape(timeline.Title)).AppendLine();
        foreach (var (year, yearEntries) in StoryHeadings.Years(entries))
        {
            md.Append("## ").Append(year).AppendLine().AppendLine();
            foreach (var entry in yearEntries)
            {
                md.Append("- **").Append(Escape(text.Date(entry.Date))).Append("** (").Append(entry.Date.ToEdtf()).Append(") ")
                    .Append(Escape(text.KindLabel(entry.Kind))).Append(": ").Append(Escape(entry.Title));
                var detail = text.Detail(entry);
                if (detail.Length > 0)
                {
                    md.Append(". ").Append(Escape(detail));
                }

                if (text.DateDisagreement(entry) is { } disagreement)
                {
                    md.Append(' ').Append(Escape(disagreement));
                }

                foreach (var source in entry.SourceIds)
                {
                    md.Append("[^").Append(timeline.SourceNumber(source)).Append(']');
                }

                md.AppendLine();
            }

            md.AppendLine();
        }

        for (var i = 0; i < timeline.Sources.Count; i++)
        {
            var source = timeline.Sources[i];
            md.Append("[^").Append(i + 1).Append("]: ").AppendLine(Escape(source.Withheld ? text.ConfidentialSource : source.Title ?? ""));
        }

        return md.ToString();
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // User text must not turn into emphasis, links or HTML in a report. It never starts a line here,
    // so list and heading markers need no escaping and dates stay readable (29-30 May 2020).
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (@"\`*_[]<>#|".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
