using System.Net;
using System.Text.Json.Nodes;
using CaseTracker.Web.Tests.TestInfrastructure;
using Json.Schema;

namespace CaseTracker.Web.Tests.Api;

/// <summary>
/// The OpenAPI document is a contract an outside client can be generated from: it lints clean with
/// Redocly's recommended rules, declares every parameter with its type and the bearer scheme, and the
/// real answers of every route (success and problems) validate against the schema it gives for them,
/// with no property it does not name.
/// </summary>
public sealed class OpenApiContractTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string DemoCase = "KG-2020-003";

    [Fact]
    public async Task The_document_lints_clean_with_Redocly()
    {
        var file = Path.Combine(BrowserSession.ArtifactsFolder, "openapi-v1.json");
        Directory.CreateDirectory(BrowserSession.ArtifactsFolder);
        await File.WriteAllTextAsync(file, (await DocumentAsync()).ToJsonString());
        var redocly = RepositoryFiles.PathOf("tests", "node", "node_modules", ".bin", "redocly");
        File.Exists(redocly).ShouldBeTrue("the OpenAPI linter is missing: run `npm ci --prefix tests/node` (test.sh does)");

        var (exitCode, output) = await NodeTools.RunAsync(redocly, null, "lint", "--format=stylish", file);

        exitCode.ShouldBe(0, output);
        output.ShouldNotContain("error", Case.Insensitive, output);
    }

    [Fact]
    public async Task Every_route_declares_its_parameters_with_types_its_problems_and_the_bearer_scheme()
    {
        var document = await DocumentAsync();

        document["components"]!["securitySchemes"]!["bearer"]!["scheme"]!.GetValue<string>().ShouldBe("bearer");
        document["security"]!.AsArray().ShouldContain(s => s!.AsObject().ContainsKey("bearer"));
        foreach (var (route, expected) in ApiHostileInputTests.ParametersByRoute)
        {
            var operation = Operation(document, route);
            var parameters = operation["parameters"]?.AsArray().Select(p => p!).Where(p => p["in"]!.GetValue<string>() == "query").ToList() ?? [];
            parameters.Select(p => p["name"]!.GetValue<string>()).ShouldBe(expected, ignoreOrder: true, route);
            parameters.ShouldAllBe(p => p["schema"]!["type"] != null || p["schema"]!["$ref"] != null);
            var responses = operation["responses"]!.AsObject();
            responses["200"]!["content"]!["application/json"]!["schema"].ShouldNotBeNull(route);
            foreach (var status in new[] { "400", "401", "403", "429", "503" }.Concat(route.Contains("{id", StringComparison.Ordinal) ? ["404"] : []))
            {
                responses[status]?["content"]?["application/problem+json"]?["schema"].ShouldNotBeNull($"{route} {status}");
            }
        }
    }

    [Fact]
    public async Task Real_answers_of_every_route_validate_against_their_schema()
    {
        var document = await DocumentAsync();
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);
        var caseId = await app.Factory.CaseIdAsync(DemoCase);
        var calls = new (string Route, string Url, HttpStatusCode Status)[]
        {
            ("api/v1/cases", "/api/v1/cases", HttpStatusCode.OK),
            ("api/v1/cases", "/api/v1/cases?status=Open&country=KG", HttpStatusCode.OK),
            ("api/v1/cases/{id:guid}", $"/api/v1/cases/{caseId}", HttpStatusCode.OK),
            ("api/v1/cases/{id:guid}", $"/api/v1/cases/{Guid.NewGuid()}", HttpStatusCode.NotFound),
            ("api/v1/cases/{id:guid}/timeline", $"/api/v1/cases/{caseId}/timeline", HttpStatusCode.OK),
            ("api/v1/cases/{id:guid}/timeline", $"/api/v1/cases/{caseId}/timeline?kind=nonsense", HttpStatusCode.BadRequest),
            ("api/v1/search", "/api/v1/search?q=detention&from=2019", HttpStatusCode.OK),
            ("api/v1/search", "/api/v1/search?q=Ruziev", HttpStatusCode.OK),
            ("api/v1/statistics", "/api/v1/statistics", HttpStatusCode.OK),
            ("api/v1/statistics", "/api/v1/statistics?country=KG&from=2019&to=2024", HttpStatusCode.OK),
        };
        calls.Select(c => c.Route).Distinct().ShouldBe(ApiHostileInputTests.ParametersByRoute.Keys, ignoreOrder: true, "every route is called");

        var failures = new List<string>();
        foreach (var (route, url, status) in calls)
        {
            using var answer = await researcher.GetAsync(new Uri(url, UriKind.Relative));
            answer.StatusCode.ShouldBe(status, url);
            var media = status == HttpStatusCode.OK ? "application/json" : "application/problem+json";
            answer.Content.Headers.ContentType!.MediaType.ShouldBe(media, url);
            var body = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
            if (status == HttpStatusCode.OK)
            {
                NonEmptyArrays(body).ShouldBeGreaterThan(0, $"{url} answered nothing to check");
            }

            var schema = Operation(document, route)["responses"]![((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)]!["content"]![media]!["schema"]!;
            failures.AddRange(Validate(document, schema, body).Select(error => $"{url}: {error}"));
        }

        using var anonymous = app.Factory.CreateClientWithoutRedirects();
        using var refused = await anonymous.GetAsync(new Uri("/api/v1/cases", UriKind.Relative));
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        failures.AddRange(Validate(document, Operation(document, "api/v1/cases")["responses"]!["401"]!["content"]!["application/problem+json"]!["schema"]!,
            JsonNode.Parse(await refused.Content.ReadAsStringAsync())!).Select(error => $"401: {error}"));

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_undocumented_property_fails_the_contract()
    {
        var document = await DocumentAsync();
        var schema = Operation(document, "api/v1/statistics")["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        var answer = JsonNode.Parse("""{"countedOn":"2026-01-01","countedAt":"2026-01-01T10:00:00+00:00","live":true,"country":null,"from":null,"to":null,"incidentsByYear":[],"peopleByYear":[],"incidentsByType":[],"incidentsByPerpetratorType":[],"institutions":[],"actsByInstitution":[],"proceedingsByInstitution":[]}""")!;

        Validate(document, schema, answer).ShouldBeEmpty("the checker accepts a correct answer");
        answer["secretNotes"] = "x";
        Validate(document, schema, answer).ShouldNotBeEmpty("the checker refuses a property the document does not name");
    }

    private async Task<JsonObject> DocumentAsync()
    {
        using var client = await app.Factory.ClientForAsync(Visitor.Researcher);
        return JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!.AsObject();
    }

    private static JsonObject Operation(JsonObject document, string route) =>
        document["paths"]!["/" + route.Replace(":guid", "", StringComparison.Ordinal)]!["get"]!.AsObject();

    /// <summary>
    /// Checks an answer against a response schema of the document: the document's component schemas
    /// become the definitions of one JSON Schema, and every object in it is closed to properties it does
    /// not name, so an answer that grows a field the document lacks fails.
    /// </summary>
    private static List<string> Validate(JsonObject document, JsonNode responseSchema, JsonNode answer)
    {
        var definitions = document["components"]!["schemas"]!.DeepClone().AsObject();
        var root = responseSchema.DeepClone().AsObject();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = definitions;
        var text = root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        var closed = JsonNode.Parse(text)!;
        Close(closed);
        var schema = JsonSchema.FromText(closed.ToJsonString());
        var result = schema.Evaluate(answer, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}")).ToList();
    }

    private static void Close(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["properties"] is JsonObject && !obj.ContainsKey("additionalProperties"))
                {
                    obj["additionalProperties"] = false;
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Close(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Close(child);
                }

                break;
        }
    }

    private static int NonEmptyArrays(JsonNode node) => node switch
    {
        JsonArray array => (array.Count > 0 ? 1 : 0) + array.Sum(child => child is null ? 0 : NonEmptyArrays(child)),
        JsonObject obj => obj.Sum(p => p.Value is null ? 0 : NonEmptyArrays(p.Value)),
        _ => 0,
    };
}
