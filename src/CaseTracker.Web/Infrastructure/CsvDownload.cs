using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// A CSV file written to the response row by row as its rows are read (UTF-8 with a byte order mark, so
/// spreadsheets read Cyrillic right). A case of thousands of entries was built as one string, then one
/// array of bytes, then a copy of it: four copies of the file on the large-object heap per download,
/// which kept the app's memory past 700 MB under the benchmark's exports (issue 17).
/// </summary>
public sealed class CsvDownload<T>(IReadOnlyList<CsvColumn<T>> columns, IEnumerable<T> rows, string fileName) : IActionResult
{
    private static readonly Encoding Utf8WithMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        var cancellationToken = context.HttpContext.RequestAborted;
        Attachment.Prepare(response, CsvText.ContentType, fileName);

        await using var writer = new StreamWriter(response.Body, Utf8WithMark, bufferSize: 16 * 1024);
        var line = new StringBuilder();
        CsvText.AppendRow(line, columns.Select(c => c.Name));
        foreach (var row in rows)
        {
            CsvText.AppendRow(line, columns.Select(c => c.Cell(row)));
            if (line.Length >= 8 * 1024)
            {
                await writer.WriteAsync(line, cancellationToken);
                line.Clear();
            }
        }

        await writer.WriteAsync(line, cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }
}
