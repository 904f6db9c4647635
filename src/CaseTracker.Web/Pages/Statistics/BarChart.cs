using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>
/// A horizontal bar chart in plain HTML: labels are text that wraps (a long institution name is never cut
/// off) and keeps the page's font size on a phone, where a scaled SVG shrank them below 8 px. Bar widths are
/// classes in whole percent (site.css), as the CSP allows no inline style. The caption says what is counted;
/// the bars are hidden from screen readers because the table below carries the same numbers in full.
/// </summary>
public static class BarChart
{
    public static IHtmlContent Render(string id, string title, string description, IReadOnlyList<Count> counts)
    {
        var max = counts.Count == 0 ? 1 : Math.Max(1, counts.Max(c => c.Value));
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<figure class=\"bar-chart\" id=\"{id}\" aria-label=\"").Append(title).AppendHtml("\">");
        html.AppendHtml("<figcaption class=\"small text-body-secondary\">").Append(description).AppendHtml("</figcaption>");
        html.AppendHtml("<ol class=\"bar-list list-unstyled\" aria-hidden=\"true\">");
        foreach (var count in counts)
        {
            // At least 1 % for a non-zero count, so a small number still shows a bar.
            var percent = count.Value == 0 ? 0 : Math.Max(1, (int)Math.Round(100.0 * count.Value / max));
            html.AppendHtml("<li><span class=\"bar-label\"><bdi>").Append(count.Label).AppendHtml("</bdi></span>");
            html.AppendHtml(string.Create(CultureInfo.InvariantCulture, $"<span class=\"bar-track\"><span class=\"bar bar-w-{percent}\"></span></span>"));
            html.AppendHtml("<span class=\"bar-value\">").Append(count.Value.ToString("N0", CultureInfo.CurrentCulture)).AppendHtml("</span></li>");
        }

        html.AppendHtml("</ol></figure>");
        return html;
    }
}
