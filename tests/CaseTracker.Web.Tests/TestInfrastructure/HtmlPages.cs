using AngleSharp;
using AngleSharp.Html.Dom;
using AngleSharp.Io;

namespace CaseTracker.Web.Tests.TestInfrastructure;

/// <summary>
/// Reads pages the way a browser would (AngleSharp) and submits their real forms, hidden antiforgery
/// token included, so a test exercises exactly what a person's browser sends.
/// </summary>
public static class HtmlPages
{
    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await ReadAsync(response);
    }

    public static async Task<IHtmlDocument> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(request => request
            .Content(html)
            .Address(response.RequestMessage!.RequestUri!)
            .Status(response.StatusCode));
        return (IHtmlDocument)document;
    }

    /// <summary>Fills the named fields of a form on the page and submits it as the browser would.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client,
        IHtmlDocument page,
        IReadOnlyDictionary<string, string> values,
        string formSelector = "main form")
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        foreach (var (name, value) in values)
        {
            if (name.Contains("Password", StringComparison.Ordinal))
            {
                SuiteLog.NoteSecret(value);
            }

            var checkboxes = form.Elements.OfType<IHtmlInputElement>().Where(e => e.Name == name && e.Type == "checkbox").ToList();
            if (checkboxes.Count > 0)
            {
                // "a,b" ticks the boxes with those values and clears the others.
                var chosen = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                checkboxes.ForEach(box => box.IsChecked = chosen.Contains(box.Value) || (chosen is ["true"] && checkboxes.Count == 1));
                continue;
            }

            switch (form.Elements[name])
            {
                case IHtmlInputElement input:
                    input.Value = value;
                    break;
                case IHtmlTextAreaElement area:
                    area.Value = value;
                    break;
                case IHtmlSelectElement select:
                    select.Value = value;
                    break;
                default:
                    throw new InvalidOperationException($"The form has no field named '{name}'.");
            }
        }

        var submission = form.GetSubmission() ?? throw new InvalidOperationException("The form cannot be submitted.");
        var isPost = submission.Method == AngleSharp.Io.HttpMethod.Post;
        using var request = new HttpRequestMessage(isPost ? System.Net.Http.HttpMethod.Post : System.Net.Http.HttpMethod.Get, submission.Target.Href);
        if (isPost)
        {
            request.Content = new StreamContent(submission.Body);
            var contentType = submission.Headers.FirstOrDefault(h => string.Equals(h.Key, HeaderNames.ContentType, StringComparison.OrdinalIgnoreCase));
            request.Content.Headers.TryAddWithoutValidation(HeaderNames.ContentType, contentType.Value ?? submission.MimeType);
        }

        return await client.SendAsync(request);
    }

    /// <summary>
    /// The value of the option whose text is <paramref name="label"/> in the select named <paramref name="name"/>;
    /// an institution of another country than the case's is offered as "name · country".
    /// </summary>
    public static string OptionValue(this IHtmlDocument page, string name, string label) =>
        page.QuerySelectorAll<IHtmlOptionElement>($"select[name='{name}'] option")
            .Single(o => o.Text.Trim() == label || o.Text.Trim().StartsWith(label + " · ", StringComparison.Ordinal)).Value;

    /// <summary>The value of the checkbox whose label is <paramref name="label"/>.</summary>
    public static string CheckboxValue(this IHtmlDocument page, string name, string label) =>
        page.QuerySelectorAll<IHtmlInputElement>($"input[type=checkbox][name='{name}']")
            .Single(box => page.QuerySelector($"label[for='{box.Id}']")?.TextContent.Trim() == label).Value;

    /// <summary>Signs in through the real sign-in page.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password)
    {
        var page = await client.GetPageAsync("/Account/SignIn");
        return await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }
}
