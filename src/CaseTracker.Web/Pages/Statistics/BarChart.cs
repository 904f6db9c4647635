using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>
/// A horizontal bar chart as server-rendered SVG: no script, no inline style (the CSP allows neither),
/// a title and description for screen readers. The table beside it carries the same numbers, in full.
/// </summary>
public static class BarChart
{
    private const int Width = 640;
    private const int LabelWidth = 250;
    private const int BarArea = 330;
    private const int RowHeight = 26;
    private const int MaxLabelCharacters = 30;

    public static IHtmlContent Render(string id, string title, string description, IReadOnlyList<Count> counts)
    {
        var encoder = HtmlEncoder.Default;
        var height = Math.Max(1, counts.Count) * RowHeight + 8;
        var max = Math.Max(1, counts.Count == 0 ? 1 : counts.Max(c => c.Value));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"bar-chart\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{encoder.Encode(title)}</title><desc id=\"{id}-desc\">{encoder.Encode(description)}</desc>");
        for (var row = 0; row < counts.Count; row++)
        {
            var count = counts[row];
            var y = 4 + row * RowHeight;
            var barWidth = Math.Max(1, (int)Math.Round((double)count.Value / max * BarArea));
            var label = count.Label.Length > MaxLabelCharacters ? count.Label[..(MaxLabelCharacters - 1)] + "…" : count.Label;
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{encoder.Encode(count.Label)}: {count.Value}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 17}\" text-anchor=\"end\" class=\"bar-label\">{encoder.Encode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{barWidth}\" height=\"{RowHeight - 8}\" class=\"bar\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + barWidth + 6}\" y=\"{y + 17}\" class=\"bar-value\">{count.Value}</text></g>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
