using System.Globalization;
using System.Text.Encodings.Web;
using CaseTracker.Domain.Complaints;
using CaseTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>
/// The overview strip above the chronology, as server-rendered SVG (no script, no library): a year axis,
/// one lane per <see cref="TimelineKinds.Lanes"/>, marks as wide as the date is uncertain, a line
/// from each complaint to its responses, and each silence past a due date drawn as a dashed span to the
/// answer or to today. All user text is encoded; the list below stays the primary content.
/// </summary>
public static class TimelineOverview
{
    private const double Width = 1000;
    private const double Left = 90;
    private const double Right = 10;
    private const double LaneHeight = 26;
    private const double Top = 8;
    private static readonly string[] LaneTops = [.. TimelineKinds.Lanes.Select(lane => (Top + (lane.Index * LaneHeight) + 5).ToString(CultureInfo.InvariantCulture))];
    private static readonly string MarkHeight = (LaneHeight - 10).ToString(CultureInfo.InvariantCulture);

    /// <summary>Each silence past a due date: from the due date to the late answer, or, when none came, to today or the last day the sources know of.</summary>
    private static IEnumerable<(DateOnly Due, DateOnly Stop)> Silences(IReadOnlyList<TimelineEntry> entries, DateOnly today)
    {
        var firstAnswers = entries.Where(e => e.Kind == TimelineKind.Response)
            .GroupBy(e => e.LinkedIds[0])
            .ToDictionary(g => g.Key, g => g.Min(e => e.Date.SortDay));
        foreach (var complaint in entries.Where(e => e.Kind == TimelineKind.Complaint && e.State is not null))
        {
            var due = complaint.State!.DueOn;
            if (complaint.State.Status == ComplaintStatus.Overdue)
            {
                yield return (due, complaint.State.KnownAsOf ?? today);
            }
            else if (firstAnswers.TryGetValue(complaint.Id, out var answered) && answered > due)
            {
                yield return (due, answered);
            }
        }
    }

    public static IHtmlContent Render(IReadOnlyList<TimelineEntry> entries, DateOnly today, IStringLocalizer localizer)
    {
        if (entries.Count == 0)
        {
            return HtmlString.Empty;
        }

        var firstYear = entries.Min(e => e.Date.SortDay.Year);
        var lastDay = entries.Max(e => e.Kind == TimelineKind.Silence ? e.State?.KnownAsOf ?? today : e.Date.OpenEnd ? today : e.Date.Latest);
        var lastYear = Math.Max(lastDay.Year, firstYear);
        var texts = new Texts(
            localizer["Overview of the timeline"],
            localizer["{0} incidents, {1} complaints and {2} responses from {3} to {4}; {5} complaints are still unanswered past their due date.",
                entries.Count(e => e.Kind == TimelineKind.Incident), entries.Count(e => e.Kind == TimelineKind.Complaint), entries.Count(e => e.Kind == TimelineKind.Response),
                firstYear, lastYear, entries.Count(e => e.Kind == TimelineKind.Silence)],
            [.. TimelineKinds.Lanes.Select(lane => localizer[lane.Label].Value)]);
        return new Strip(entries, today, firstYear, lastYear, texts);
    }

    private sealed record Texts(string Title, string Description, string[] Lanes);

    /// <summary>
    /// Written straight into the page's buffered writer when the page is written: a large case draws
    /// thousands of marks, and as one string the strip was an object on the large-object heap per request.
    /// </summary>
    private sealed class Strip(IReadOnlyList<TimelineEntry> entries, DateOnly today, int firstYear, int lastYear, Texts texts) : IHtmlContent
    {
        private readonly int _start = new DateOnly(firstYear, 1, 1).DayNumber;
        private readonly int _end = new DateOnly(lastYear, 12, 31).DayNumber + 1;

        private double X(DateOnly day) => Left + ((day.DayNumber - _start) / (double)(_end - _start) * (Width - Left - Right));

        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var axisY = Top + (TimelineKinds.Lanes.Count * LaneHeight) + 4;
            var height = axisY + 22;
            writer.Write(Invariant($"<svg class=\"timeline-overview\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"overview-title overview-desc\">"));
            writer.Write("<title id=\"overview-title\">");
            encoder.Encode(writer, texts.Title);
            writer.Write("</title><desc id=\"overview-desc\">");
            encoder.Encode(writer, texts.Description);
            writer.Write("</desc>");
            for (var lane = 0; lane < texts.Lanes.Length; lane++)
            {
                var y = Top + (lane * LaneHeight);
                writer.Write(Invariant($"<text x=\"4\" y=\"{y + 16:0.#}\" class=\"lane-label\">"));
                encoder.Encode(writer, texts.Lanes[lane]);
                writer.Write(Invariant($"</text><line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y + LaneHeight - 2:0.#}\" y2=\"{y + LaneHeight - 2:0.#}\" class=\"lane-rule\"/>"));
            }

            for (var year = firstYear; year <= lastYear; year++)
            {
                var x = X(new DateOnly(year, 1, 1));
                writer.Write(Invariant($"<line x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{Top}\" y2=\"{axisY}\" class=\"year-rule\"/><text x=\"{x + 3:0.#}\" y=\"{axisY + 15:0.#}\" class=\"year-label\">{year}</text>"));
            }

            var positions = WriteMarks(writer);
            WriteAnswerLines(writer, positions);
            WriteSilences(writer);
            writer.Write("</svg>");
        }

        /// <summary>
        /// One mark per entry, as wide as its date is uncertain. Coordinates are written in tenths without
        /// a format string (custom double formats cost more than the rest of the page), and marks that land
        /// on the same tenth of the same lane are drawn once. Returns each entry's mark centre.
        /// </summary>
        private Dictionary<Guid, double> WriteMarks(TextWriter writer)
        {
            var positions = new Dictionary<Guid, double>();
            var drawn = new HashSet<(int Lane, long X, long Width, bool Approximate)>();
            foreach (var entry in entries)
            {
                var kind = TimelineKinds.Of(entry.Kind);
                if (!kind.DrawnAsMark)
                {
                    continue;
                }

                var lane = kind.Lane.Index;
                // A date known only by its end is drawn at that end; an ongoing one reaches today.
                var x = X(entry.Date.SortDay);
                var width = Math.Max(2.5, X((entry.Date.OpenEnd ? today : entry.Date.Latest).AddDays(1)) - x);
                positions.TryAdd(entry.Id, x + (width / 2));
                if (drawn.Add((lane, Tenths(x), Tenths(width), entry.Date.Approximate)))
                {
                    writer.Write("<rect x=\"");
                    writer.WriteTenths(x);
                    writer.Write("\" y=\"");
                    writer.Write(LaneTops[lane]);
                    writer.Write("\" width=\"");
                    writer.WriteTenths(width);
                    writer.Write("\" height=\"");
                    writer.Write(MarkHeight);
                    writer.Write("\" class=\"");
                    writer.Write(kind.Lane.MarkClass);
                    writer.Write(entry.Date.Approximate ? " a\"/>" : "\"/>");
                }
            }

            return positions;
        }

        /// <summary>A line from each complaint down to each of its responses.</summary>
        private void WriteAnswerLines(TextWriter writer, Dictionary<Guid, double> positions)
        {
            var links = new HashSet<(long From, long To)>();
            foreach (var response in entries.Where(e => e.Kind == TimelineKind.Response))
            {
                if (positions.TryGetValue(response.LinkedIds[0], out var from) && positions.TryGetValue(response.Id, out var to) && links.Add((Tenths(from), Tenths(to))))
                {
                    writer.Write("<line x1=\"");
                    writer.WriteTenths(from);
                    writer.Write(AnswerLineFrom);
                    writer.WriteTenths(to);
                    writer.Write(AnswerLineTo);
                }
            }
        }

        /// <summary>
        /// Silences that overlap in time get rows of their own inside the complaints lane, so each one stays
        /// visible (greedy packing: a silence takes the first row free at its start).
        /// </summary>
        private void WriteSilences(TextWriter writer)
        {
            var rowEnds = new List<DateOnly>();
            foreach (var (due, stop) in Silences(entries, today).OrderBy(s => s.Due))
            {
                var row = rowEnds.FindIndex(end => end < due);
                if (row < 0)
                {
                    row = rowEnds.Count;
                    rowEnds.Add(stop);
                }
                else
                {
                    rowEnds[row] = stop;
                }

                var y = Top + (TimelineKinds.Of(TimelineKind.Silence).Lane.Index * LaneHeight) + 4 + ((row % 6) * 3.2);
                writer.Write("<line x1=\"");
                writer.WriteTenths(X(due));
                writer.Write("\" x2=\"");
                writer.WriteTenths(X(stop));
                writer.Write("\" y1=\"");
                writer.WriteTenths(y);
                writer.Write("\" y2=\"");
                writer.WriteTenths(y);
                writer.Write("\" class=\"s\"/>");
            }
        }
    }

    /// <summary>From the bottom of a complaint's mark down to the top of its response's.</summary>
    private static readonly string AnswerLineFrom = Invariant($"\" y1=\"{Top + (TimelineKinds.Of(TimelineKind.Complaint).Lane.Index * LaneHeight) + 21}\" x2=\"");
    private static readonly string AnswerLineTo = Invariant($"\" y2=\"{Top + (TimelineKinds.Of(TimelineKind.Response).Lane.Index * LaneHeight) + 5}\" class=\"l\"/>");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static long Tenths(double value) => (long)Math.Round(value * 10, MidpointRounding.AwayFromZero);
}
