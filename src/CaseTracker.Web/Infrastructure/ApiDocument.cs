using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// What /openapi/v1.json says beyond what the routes declare: who the API is for, and how a program
/// signs in (a personal access token as a bearer token; a browser's session cookie also works, but a
/// client generator needs only the token). Response and parameter schemas come from the named records
/// the routes return (STYLE 17).
/// </summary>
internal static class ApiDocument
{
    public const string BearerScheme = "bearer";

    /// <summary>The tags operations are grouped by, with what each holds.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>
    {
        ["Cases"] = "The case list and whole case files",
        ["Timeline"] = "A case's chronology",
        ["Search"] = "Search across cases, people, incidents, complaints and responses",
        ["Statistics"] = "Counts of incidents and institutions' answers to complaints",
    };

    public static void Configure(OpenApiOptions options)
    {
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(Domain.Dates.PartialDate))
            {
                PartialDateJson.Describe(schema);
            }

            // AddProblemDetails adds the request's trace id to every problem; say so, so a strict client accepts it.
            if (context.JsonTypeInfo.Type == typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))
            {
                schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
                schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Quote it when reporting a problem." };
            }

            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "CaseTracker API",
                Version = "v1",
                Description = "Read-only access to the cases, timelines, search and statistics a researcher may see, with the same visibility "
                    + "and redaction as the pages. Sign in with a personal access token (Account > Access tokens) sent as a bearer token. "
                    + "Errors are RFC 7807 problem details. Every GET also answers HEAD.",
            };
            // The address the document was fetched from, without the trailing slash linters refuse.
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }

            // Every GET also answers HEAD (ADR 16), said once in the description rather than as a twin of each operation.
            foreach (var path in document.Paths.Values)
            {
                path.Operations?.Remove(HttpMethod.Head);
            }

            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A personal access token, created under Account > Access tokens.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
            document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
            return Task.CompletedTask;
        });
    }
}
