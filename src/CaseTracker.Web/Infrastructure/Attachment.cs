using Microsoft.Net.Http.Headers;

namespace CaseTracker.Web.Infrastructure;

/// <summary>The headers of a download written straight to the response (<see cref="CsvDownload{T}"/>, <see cref="JsonDownload"/>).</summary>
internal static class Attachment
{
    public static void Prepare(HttpResponse response, string contentType, string fileName)
    {
        response.ContentType = contentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
    }
}
