using System.Globalization;
using System.Text.Encodings.Web;
using CaseTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>
/// The chronology itself, grouped by year and month. A large case has thousands of entries: written by
/// Razor they were some 25,000 small segments, most of the page's render time; built as one string they
/// were a 1.5 MB object on the large-object heap per request, and the full garbage collections those set
/// off took a fifth of the CPU. So the list writes itself straight into the page's buffered writer when
/// the page is written. Every piece of user text goes through the HTML encoder.
/// </summary>
public static class TimelineList
{
    public static IHtmlContent Render(IReadOnlyList<TimelineEntry> shown, CaseTimeline timeline, TimelineText text, IStringLocalizer localizer) =>
        new Chronology(shown, timeline, text, localizer["During the year"].Value, CultureInfo.CurrentUICulture.DateTimeFormat.MonthNames);

    private sealed class Chronology(IReadOnlyList<TimelineEntry> shown, CaseTimeline timeline, TimelineText text, string duringTheYear, string[] months) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            foreach (var (yearKey, yearEntries) in StoryHeadings.Years(shown))
            {
                writer.Write("<section id=\"year-");
                writer.WriteInvariant(yearKey);
                writer.Write("\" aria-labelledby=\"year-");
                writer.WriteInvariant(yearKey);
                writer.Write("-heading\" class=\"timeline-year\">\n<h2 id=\"year-");
                writer.WriteInvariant(yearKey);
                writer.Write("-heading\" class=\"h4\">");
                writer.WriteInvariant(yearKey);
                writer.Write("</h2>\n");
                foreach (var (monthKey, monthEntries) in StoryHeadings.Months(yearEntries))
                {
                    writer.Write("<h3 class=\"h6 timeline-month\">");
                    encoder.Encode(writer, monthKey == 0 ? duringTheYear : months[monthKey - 1]);
                    writer.Write("</h3>\n<ol class=\"timeline\">\n");
                    foreach (var entry in monthEntries)
                    {
                        WriteEntry(writer, encoder, entry);
                    }

                    writer.Write("</ol>\n");
                }

                writer.Write("</section>\n");
            }
        }

        private void WriteEntry(TextWriter writer, HtmlEncoder encoder, TimelineEntry entry)
        {
            writer.Write("<li class=\"");
            writer.Write(TimelineKinds.Of(entry.Kind).ListClass);
            writer.Write(entry.Archived ? " archived\"" : "\"");

            // Ids only where something links to them: complaints (from responses and silences) and silences.
            if (entry.Kind is TimelineKind.Complaint or TimelineKind.Silence)
            {
                writer.Write(entry.Kind == TimelineKind.Silence ? " id=\"silence-" : " id=\"e-");
                writer.WriteId(entry.Id);
                writer.Write('"');
            }

            writer.Write("><b>");
            encoder.Encode(writer, text.Date(entry.Date));
            writer.Write("</b> <i>");
            encoder.Encode(writer, text.KindLabel(entry.Kind));
            writer.Write("</i><br />");
            if (entry.Kind is TimelineKind.Response or TimelineKind.Silence)
            {
                writer.Write("<a href=\"#e-");
                writer.WriteId(entry.LinkedIds[0]);
                writer.Write("\">");
                UserText.Write(writer, encoder, entry.Title);
                writer.Write("</a>");
            }
            else
            {
                writer.Write("<span>");
                UserText.Write(writer, encoder, entry.Title);
                writer.Write("</span>");
            }

            writer.Write(" <small>");
            text.WriteDetail(writer, encoder, entry);
            text.WriteDateDisagreement(writer, encoder, entry);
            foreach (var source in entry.SourceIds)
            {
                var number = timeline.SourceNumber(source);
                writer.Write("<a href=\"#source-");
                writer.WriteInvariant(number);
                writer.Write("\">[");
                writer.WriteInvariant(number);
                writer.Write("]</a>");
            }

            writer.Write("</small></li>\n");
        }
    }
}
