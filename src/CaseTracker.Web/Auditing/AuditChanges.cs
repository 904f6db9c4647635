using System.Text.Json;

namespace CaseTracker.Web.Auditing;

/// <summary>An entry's stored changes as lines to read: field, value before, value after.</summary>
public static class AuditChanges
{
    public sealed record Line(string Field, string? Before, string? After);

    public static IReadOnlyList<Line> Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [new Line("", null, Text(document.RootElement))];
        }

        return document.RootElement.EnumerateObject()
            .Select(field => field.Value is { ValueKind: JsonValueKind.Array } pair && pair.GetArrayLength() == 2
                ? new Line(field.Name, Text(pair[0]), Text(pair[1]))
                : new Line(field.Name, null, Text(field.Value)))
            .ToList();
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
