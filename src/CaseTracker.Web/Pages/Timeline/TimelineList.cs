using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CaseTracker.Domain.Dates;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>
/// The chronology itself, grouped by year and month, written into one buffer. A large case has thousands
/// of entries; written by Razor they were some 25,000 small segments, most of the page's render time.
/// Every piece of user text goes through the HTML encoder.
/// </summary>
public static class TimelineList
{
    private static readonly Dictionary<TimelineKind, string> KindClasses = new()
    {
        [TimelineKind.Incident] = "ki",
        [TimelineKind.Complaint] = "kc",
        [TimelineKind.Response] = "kr",
        [TimelineKind.Silence] = "ks",
    };

    public static IHtmlContent Render(IReadOnlyList<TimelineEntry> shown, CaseTimeline timeline, TimelineText text, IStringLocalizer localizer)
    {
        var encoder = HtmlEncoder.Default;
        var months = CultureInfo.CurrentUICulture.DateTimeFormat.MonthNames;
        var duringTheYear = localizer["During the year"].Value;
        var html = new StringBuilder(shown.Count * 480);
        foreach (var year in shown.GroupBy(e => e.Date.Earliest.Year))
        {
            var y = year.Key.ToString(CultureInfo.InvariantCulture);
            html.Append("<section id=\"year-").Append(y).Append("\" aria-labelledby=\"year-").Append(y).Append("-heading\" class=\"timeline-year\">\n")
                .Append("<h2 id=\"year-").Append(y).Append("-heading\" class=\"h4\">").Append(y).Append("</h2>\n");
            foreach (var month in year.GroupBy(e => e.Date.Precision == DatePrecision.Year ? 0 : e.Date.Earliest.Month))
            {
                html.Append("<h3 class=\"h6 timeline-month\">");
                encoder.Encode(new StringWriter(html), month.Key == 0 ? duringTheYear : months[month.Key - 1]);
                html.Append("</h3>\n<ol class=\"timeline\">\n");
                foreach (var entry in month)
                {
                    AppendEntry(html, encoder, entry, timeline, text);
                }

                html.Append("</ol>\n");
            }

            html.Append("</section>\n");
        }

        return new HtmlString(html.ToString());
    }

    private static void AppendEntry(StringBuilder html, HtmlEncoder encoder, TimelineEntry entry, CaseTimeline timeline, TimelineText text)
    {
        var writer = new StringWriter(html);
        html.Append("<li class=\"").Append(KindClasses[entry.Kind]).Append(entry.Archived ? " archived\"" : "\"");

        // Ids only where something links to them: complaints (from responses and silences) and silences.
        if (entry.Kind is TimelineKind.Complaint or TimelineKind.Silence)
        {
            html.Append(" id=\"").Append(entry.Kind == TimelineKind.Silence ? "silence-" : "e-").Append(entry.Id.ToString()).Append('"');
        }

        html.Append("><b>");
        encoder.Encode(writer, text.Date(entry.Date));
        html.Append("</b> <i>");
        encoder.Encode(writer, text.KindLabel(entry.Kind));
        html.Append("</i><br />");
        if (entry.Kind is TimelineKind.Response or TimelineKind.Silence)
        {
            html.Append("<a href=\"#e-").Append(entry.LinkedIds[0].ToString()).Append("\">");
            encoder.Encode(writer, entry.Title);
            html.Append("</a>");
        }
        else
        {
            html.Append("<span>");
            encoder.Encode(writer, entry.Title);
            html.Append("</span>");
        }

        html.Append(" <small>");
        encoder.Encode(writer, text.Detail(entry));
        foreach (var source in entry.SourceIds)
        {
            var number = timeline.SourceNumber(source).ToString(CultureInfo.InvariantCulture);
            html.Append("<a href=\"#source-").Append(number).Append("\">[").Append(number).Append("]</a>");
        }

        html.Append("</small></li>\n");
    }
}
