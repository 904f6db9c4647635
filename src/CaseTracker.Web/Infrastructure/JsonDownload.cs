using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// A JSON file (<see cref="ApiJson.Download"/>) serialized straight to the response, flushed as its buffer
/// fills: a large case's file is never held whole in memory as text (see <see cref="CsvDownload{T}"/>).
/// </summary>
public sealed class JsonDownload(object value, string fileName) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        Attachment.Prepare(response, "application/json; charset=utf-8", fileName);
        await JsonSerializer.SerializeAsync(response.Body, value, value.GetType(), ApiJson.Download, context.HttpContext.RequestAborted);
    }
}
