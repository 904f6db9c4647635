using System.Text.Json;
using System.Text.Json.Serialization;
using CaseTracker.Domain.Dates;
using Microsoft.OpenApi;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// A partial date in JSON: as written (English), as EDTF, its earliest and latest possible days, its
/// precision and whether it is approximate, so a client can both show and sort it. Written only: the
/// API is read-only.
/// </summary>
public sealed class PartialDateJson : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Partial dates are written, not read, as JSON.");

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("text", value.ToString());
        writer.WriteString("typed", value.Text);
        writer.WriteString("edtf", value.ToEdtf());
        WriteDay(writer, "earliest", value.KnownEarliest);
        WriteDay(writer, "latest", value.KnownLatest);
        writer.WriteString("precision", value.Precision.ToString().ToLowerInvariant());
        writer.WriteString("endPrecision", value.EndPrecision.ToString().ToLowerInvariant());
        writer.WriteBoolean("approximate", value.Approximate);
        writer.WriteBoolean("uncertain", value.Uncertain);
        writer.WriteString("part", value.Part == DatePeriodPart.None ? null : Lower(value.Part));
        writer.WriteString("openness", Lower(value.Openness));
        writer.WriteString("time", value.Time?.ToStorage());
        if (value.After is { } after)
        {
            writer.WriteString("after", after);
        }
        else
        {
            writer.WriteNull("after");
        }

        writer.WriteBoolean("relative", value.Relative is not null);
        writer.WriteEndObject();
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static void WriteDay(Utf8JsonWriter writer, string name, DateOnly? day)
    {
        if (day is { } known)
        {
            writer.WriteString(name, known.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>The OpenAPI schema of what <see cref="Write"/> writes.</summary>
    public static void Describe(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.Object;
        schema.Description = "A date as sources give it: as written (English) and as typed, as EDTF (ISO 8601-2), its earliest and latest possible days " +
            "(null where open: ongoing, or known only by one end), the precision of each end, approximate (about) and uncertain (unsure), " +
            "the part of a month or year (early, spring...), how an open end was put (since, after, until, before, by; closed otherwise) the time of day (22:00, ~22:00, night...), " +
            "the id of the entry of the case it counts from or comes after (after), and whether its days are counted from that entry (relative: \"a week later\")";
        schema.Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["text"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["typed"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["edtf"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["earliest"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date" },
            ["latest"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date" },
            ["precision"] = Names<DatePrecision>(),
            ["endPrecision"] = Names<DatePrecision>(),
            ["approximate"] = new OpenApiSchema { Type = JsonSchemaType.Boolean },
            ["uncertain"] = new OpenApiSchema { Type = JsonSchemaType.Boolean },
            ["part"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "early, mid, late, firsthalf, secondhalf, spring, summer, autumn, winter" },
            ["openness"] = Names<DateOpenness>(),
            ["time"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["after"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "uuid" },
            ["relative"] = new OpenApiSchema { Type = JsonSchemaType.Boolean },
        };
        schema.Required = new HashSet<string>(schema.Properties.Keys);
    }

    private static OpenApiSchema Names<T>()
        where T : struct, Enum =>
        new() { Type = JsonSchemaType.String, Enum = [.. Enum.GetValues<T>().Select(v => (System.Text.Json.Nodes.JsonNode)Lower(v))] };
}
