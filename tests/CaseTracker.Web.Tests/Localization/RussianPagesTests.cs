using System.Text.RegularExpressions;
using System.Xml.Linq;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Localization;

/// <summary>
/// A reader whose browser asks for Russian gets every main page in Russian: the page says lang="ru", no
/// text of the interface (outside what users typed, which is isolated in bdi) is one of the English
/// strings of the resource file or a run of English words, and the switch in the header remembers a
/// choice of English in a cookie. Every English resource has a Russian one.
/// </summary>
public sealed partial class RussianPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    // Names that are the same in both languages.
    private static readonly string[] SameInBothLanguages =
        ["CaseTracker", "JSON", "CSV", "Markdown", "API", "UTC", "EDTF", "FreeOTP", "Aegis", "Google Authenticator", "Authorization: Bearer", "https://", "http://"];

    [Fact]
    public void Every_english_resource_has_a_russian_one_that_differs()
    {
        var english = Resources("SharedResource.resx");
        var russian = Resources("SharedResource.ru.resx");

        english.Keys.Except(russian.Keys).ShouldBeEmpty("add these to SharedResource.ru.resx");
        russian.Keys.Except(english.Keys).ShouldBeEmpty("a Russian entry for a key that no longer exists");
        english.Where(e => e.Value == russian[e.Key] && !IsSameInBothLanguages(e.Value)).Select(e => e.Key).ShouldBeEmpty("translate these");
    }

    [Fact]
    public async Task Every_main_page_in_russian_shows_no_english_interface_text()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2022-019");
        var person = await app.Factory.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).SelectMany(c => c.Participants).Select(p => p.PersonId).FirstAsync());
        var complaint = await app.Factory.QueryAsync(db => db.Complaints.Where(c => c.CaseId == caseId).Select(c => c.Id).FirstAsync());
        var institution = await app.Factory.QueryAsync(db => db.Institutions.Select(i => i.Id).FirstAsync());
        string[] pages =
        [
            "/", "/Cases", $"/Cases/Details/{caseId}", $"/Cases/{caseId}/Timeline", "/People", $"/People/Details/{person}",
            "/Search?q=%D0%BF%D1%80%D0%BE%D0%BA%D1%83%D1%80%D0%BE%D1%80", "/Search?q=investigation", "/Statistics", "/Organisations",
            "/Institutions", $"/Institutions/Edit/{institution}", "/Vocabularies", "/Users", "/Audit", "/Settings",
            "/Account/TwoFactor", "/Account/Tokens", "/Account/ChangePassword", "/Cases/Create", $"/Cases/Edit/{caseId}",
            $"/Incidents/Create/{caseId}", $"/Complaints/Create/{caseId}", $"/Responses/Create/{complaint}", $"/Acts/Create/{caseId}",
            $"/Proceedings/Create/{caseId}", $"/Sources/Create/{caseId}", $"/People/Create/{caseId}", $"/Records/Archived/{caseId}",
        ];
        var english = EnglishTexts();
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru-RU,ru;q=0.9,en;q=0.5");

        var found = new List<string>();
        foreach (var url in pages)
        {
            var page = await admin.GetPageAsync(url);
            page.DocumentElement.GetAttribute("lang").ShouldBe("ru", url);
            found.AddRange(InterfaceTexts(page).Where(t => english.Contains(t.Text) || (t.WordsCount && EnglishWords().IsMatch(t.Text))).Select(t => $"{url}: {t.Text}"));
            found.AddRange(page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("data-val-", StringComparison.Ordinal) && EnglishWords().IsMatch(a.Value))
                .Select(a => $"{url}: {a.Name}={a.Value}"));
        }

        found.Distinct().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_truncated_request_is_refused_in_russian_too()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2022-019");
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        caseworker.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        var form = await caseworker.GetPageAsync($"/Incidents/Create/{caseId}");

        // A hidden field emptied, as a broken proxy or a hand-made request would send it.
        using var refused = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["SubmissionKey"] = "", ["Input.Title"] = "Обыск" });
        var summary = (await HtmlPages.ReadAsync(refused)).QuerySelector("[data-error-summary]")!.TextContent;

        summary.ShouldContain("Заполните это поле.");
        EnglishWords().IsMatch(summary).ShouldBeFalse(summary);
    }

    [Fact]
    public async Task A_refused_form_says_what_is_wrong_in_russian_with_its_numbers()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2022-019");
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        caseworker.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        var form = await caseworker.GetPageAsync($"/Acts/Create/{caseId}");

        using var refused = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Date"] = "31 февраля 2021",
            ["Input.NewKind"] = new string('ж', 201),
        });
        var page = await HtmlPages.ReadAsync(refused);

        page.QuerySelector("#Input_Date_error")!.TextContent.ShouldBe("Такого дня в этом месяце нет.");
        page.QuerySelector("#institution-error")!.TextContent.ShouldBe("Выберите учреждение, которое действовало.");
        page.QuerySelector("#Input_NewKind_error")!.TextContent.ShouldBe("Здесь можно не более 200 символов.", "the number is filled in after translation");
    }

    [Fact]
    public async Task Counts_take_the_russian_plural_form()
    {
        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);
        researcher.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var one = await researcher.GetPageAsync("/Search?q=" + "cellmates");
        var several = await researcher.GetPageAsync("/Search?q=fictional");

        one.QuerySelector("[role=status]")!.TextContent.Trim().ShouldBe("1 результат");
        several.QuerySelector("[role=status]")!.TextContent.Trim().ShouldMatch(@"^\d+ результат(а|ов)$");
    }

    [Fact]
    public async Task The_sign_in_page_follows_the_browser_and_the_switch_remembers_english()
    {
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var russian = await client.GetPageAsync("/Account/SignIn");
        russian.DocumentElement.GetAttribute("lang").ShouldBe("ru");
        russian.QuerySelector("h1")!.TextContent.ShouldBe("Вход в CaseTracker");

        using var switched = await client.GetAsync(new Uri(russian.QuerySelector("a.language-switch")!.GetAttribute("href")!, UriKind.Relative));
        var english = await HtmlPages.ReadAsync(switched);
        english.DocumentElement.GetAttribute("lang").ShouldBe("en", "the choice in the header wins over the browser's language");
        english.QuerySelector("h1")!.TextContent.ShouldBe("Sign in to CaseTracker");
        (await client.GetPageAsync("/Account/SignIn")).DocumentElement.GetAttribute("lang").ShouldBe("en", "remembered in a cookie");
    }

    /// <summary>
    /// Visible text and the text of labelling attributes, without what users typed (in bdi) and code, each
    /// with whether a run of English words in it is a finding (not where user text cannot be isolated).
    /// </summary>
    private static IEnumerable<(string Text, bool WordsCount)> InterfaceTexts(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        foreach (var node in page.Body!.Descendants<IText>())
        {
            // Chart labels (svg) name institutions, which users typed: checked against the resources only.
            if (node.ParentElement?.Closest("bdi, code, script, style, option, textarea") is null && Clean(node.Data) is { Length: > 0 } text)
            {
                yield return (text, node.ParentElement?.Closest("svg") is null);
            }
        }

        foreach (var element in page.Body!.QuerySelectorAll("[aria-label], [placeholder], [title]"))
        {
            foreach (var name in new[] { "aria-label", "placeholder", "title" })
            {
                // A label such as "Edit incident: <its title>" carries what users typed: checked against the resources only.
                if (element.GetAttribute(name) is { } value && Clean(value) is { Length: > 0 } text)
                {
                    yield return (text, false);
                }
            }
        }
    }

    private static string Clean(string text)
    {
        var trimmed = text.Trim();
        foreach (var name in SameInBothLanguages)
        {
            trimmed = trimmed.Replace(name, "", StringComparison.Ordinal);
        }

        return trimmed.Trim(' ', '·', ':', '(', ')', ',', '.', '/', '-', '[', ']', '#', '→', '\n');
    }

    private static bool IsSameInBothLanguages(string value) => !Clean(value).Any(char.IsLetter);

    /// <summary>The English strings of the resource file, as they would appear whole in a page.</summary>
    private static HashSet<string> EnglishTexts() =>
        Resources("SharedResource.resx").Values.Where(v => !v.Contains('{', StringComparison.Ordinal) && !IsSameInBothLanguages(v)).Select(Clean).ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, string> Resources(string file) =>
        XDocument.Load(RepositoryFiles.PathOf("src", "CaseTracker.Web", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    // Two English words in a row: interface text that was never translated (user text sits in bdi).
    [GeneratedRegex(@"\b[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}\b")]
    private static partial Regex EnglishWords();
}
