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
        writer.WriteString("edtf", value.ToEdtf());
        writer.WriteString("earliest", value.Earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("latest", value.Latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("precision", value.Precision.ToString().ToLowerInvariant());
        writer.WriteBoolean("approximate", value.Approximate);
        writer.WriteEndObject();
    }

    /// <summary>The OpenAPI schema of what <see cref="Write"/> writes.</summary>
    public static void Describe(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.Object;
        schema.Description = "A date as sources give it: as written, as EDTF (ISO 8601-2), its earliest and latest possible days, precision, approximate";
        schema.Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["text"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["edtf"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["earliest"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
            ["latest"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
            ["precision"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. Enum.GetNames<DatePrecision>().Select(n => (System.Text.Json.Nodes.JsonNode)n.ToLowerInvariant())] },
            ["approximate"] = new OpenApiSchema { Type = JsonSchemaType.Boolean },
        };
        schema.Required = new HashSet<string>(schema.Properties.Keys);
    }
}
