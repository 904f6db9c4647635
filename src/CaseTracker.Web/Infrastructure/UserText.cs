using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Text people typed, isolated for bidirectional display: each piece in its own <c>&lt;bdi&gt;</c>, so a
/// right-to-left name reads correctly and a stray direction override (U+202E) in one name cannot reverse
/// the rest of the line. Encoded like any other text; exports are not touched.
/// </summary>
public static class UserText
{
    public static IHtmlContent Isolated(string? text) =>
        string.IsNullOrEmpty(text) ? HtmlString.Empty : new HtmlContentBuilder(3).AppendHtml("<bdi>").Append(text).AppendHtml("</bdi>");

    /// <summary>Several pieces, each isolated, joined by <paramref name="separator"/>.</summary>
    public static IHtmlContent List(IEnumerable<string> texts, string separator = ", ")
    {
        var builder = new HtmlContentBuilder();
        foreach (var text in texts)
        {
            if (builder.Count > 0)
            {
                builder.Append(separator);
            }

            builder.AppendHtml(Isolated(text));
        }

        return builder;
    }

    /// <summary>A translated template with "{0}" filled by isolated user text (the template itself is encoded).</summary>
    public static IHtmlContent Fill(string template, IHtmlContent value)
    {
        var at = template.IndexOf("{0}", StringComparison.Ordinal);
        return at < 0
            ? new HtmlString(HtmlEncoder.Default.Encode(template))
            : new HtmlContentBuilder(3).Append(template[..at]).AppendHtml(value).Append(template[(at + 3)..]);
    }

    /// <summary>Writes isolated text straight into a writer, for the read models that stream their markup.</summary>
    public static void Write(TextWriter writer, HtmlEncoder encoder, string text)
    {
        writer.Write("<bdi>");
        encoder.Encode(writer, text);
        writer.Write("</bdi>");
    }
}
