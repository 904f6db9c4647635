using System.Text;
using CaseTracker.Web.Infrastructure;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>The chronology as CSV (for spreadsheets) and Markdown (for reports and UN submissions), dates both as written and as EDTF.</summary>
public static class TimelineExports
{
    public static string Csv(CaseTimeline timeline, IReadOnlyList<TimelineEntry> entries, TimelineText text)
    {
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, ["date", "edtf", "earliest", "latest", "precision", "kind", "title", "detail", "status", "sources"]);
        foreach (var entry in entries)
        {
            CsvText.AppendRow(csv,
            [
                text.Date(entry.Date), entry.Date.ToEdtf(), entry.Date.Earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                entry.Date.Latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), entry.Date.Precision.ToString().ToLowerInvariant(),
                entry.Kind.ToString().ToLowerInvariant(), entry.Title, text.Detail(entry), entry.State?.Status.ToString() ?? "",
                string.Join(" ", entry.SourceIds.Select(id => $"[{timeline.SourceNumber(id)}]")),
            ]);
        }

        return csv.ToString();
    }

    public static string Markdown(CaseTimeline timeline, IReadOnlyList<TimelineEntry> entries, TimelineText text)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(timeline.Reference)).Append(": ").AppendLine(Escape(timeline.Title)).AppendLine();
        foreach (var year in entries.GroupBy(e => e.Date.Earliest.Year))
        {
            md.Append("## ").Append(year.Key).AppendLine().AppendLine();
            foreach (var entry in year)
            {
                md.Append("- **").Append(Escape(text.Date(entry.Date))).Append("** (").Append(entry.Date.ToEdtf()).Append(") ")
                    .Append(Escape(text.KindLabel(entry.Kind))).Append(": ").Append(Escape(entry.Title));
                var detail = text.Detail(entry);
                if (detail.Length > 0)
                {
                    md.Append(". ").Append(Escape(detail));
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
