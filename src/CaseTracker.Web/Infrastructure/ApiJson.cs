using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// How API answers and JSON downloads are written: web defaults (camelCase), enums by name, so a client
/// reads "Open", not 0, and the OpenAPI document lists every value an enum may take, and partial dates
/// as objects (<see cref="PartialDateJson"/>).
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Download = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new PartialDateJson());
        return options;
    }
}
