using System.Text;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// CSV for spreadsheets (RFC 4180, CRLF): quotes what needs quoting, so commas, quotes and line breaks
/// survive a round trip, and neutralises cells a spreadsheet would run as a formula (=, +, -, @, tab, CR)
/// with a leading apostrophe. Files start with a UTF-8 BOM so Excel reads Cyrillic right.
/// </summary>
public static class CsvText
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static void AppendRow(StringBuilder csv, IEnumerable<string?> cells)
    {
        csv.AppendJoin(',', cells.Select(cell =>
        {
            cell ??= "";
            var value = cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;
            return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value != value.Trim() ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
        }));
        csv.Append("\r\n");
    }

    public static byte[] ToFile(StringBuilder csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
}
