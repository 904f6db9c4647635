using System.Text.RegularExpressions;
using System.Xml.Linq;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Localization;

/// <summary>
/// Every UI string goes through the localizer and has an entry in the English resource file, so a
/// translation is a new .resx and never a hunt through the code.
/// </summary>
public partial class ResourceCompletenessTests
{
    [Fact]
    public void Every_localized_string_in_the_web_project_has_an_english_resource()
    {
        var resources = XDocument.Load(RepositoryFiles.PathOf("src", "CaseTracker.Web", "Resources", "SharedResource.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var sources = Directory.EnumerateFiles(RepositoryFiles.PathOf("src", "CaseTracker.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)
                        && !f.Contains("/Migrations/", StringComparison.Ordinal));

        var used = sources
            .SelectMany(file => LocalizedLiteral().Matches(File.ReadAllText(file)).Select(m => (file, key: Regex.Unescape(m.Groups["key"].Value))))
            .ToList();

        used.Count.ShouldBeGreaterThan(20, "the scan found the localized strings");
        var missing = used.Where(u => !resources.Contains(u.key)).Select(u => $"{Path.GetFileName(u.file)}: {u.key}").Distinct().ToList();
        missing.ShouldBeEmpty("add these keys to Resources/SharedResource.resx");
    }

    [Fact]
    public void Every_enum_value_shown_in_pages_has_an_english_label()
    {
        var resources = ResourceKeys();

        var missing = EnumLabels.Shown
            .SelectMany(type => Enum.GetNames(type).Select(name => $"Enum.{type.Name}.{name}"))
            .Where(key => !resources.Contains(key))
            .ToList();

        EnumLabels.Shown.Count.ShouldBeGreaterThan(5);
        missing.ShouldBeEmpty("run eng/update-strings.py");
    }

    [Fact]
    public void Every_domain_rule_message_has_an_english_resource()
    {
        var resources = ResourceKeys();
        var messages = Directory.EnumerateFiles(RepositoryFiles.PathOf("src", "CaseTracker.Domain"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(file => DomainMessage().Matches(File.ReadAllText(file)).Select(m => Regex.Unescape(m.Groups["key"].Value)))
            .Where(message => !message.Contains("{maxLength", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        messages.Count.ShouldBeGreaterThan(10, "the scan found the domain's messages");
        messages.Where(m => !resources.Contains(m)).ToList().ShouldBeEmpty("run eng/update-strings.py");
    }

    [Fact]
    public void Resource_names_are_unique_ignoring_case()
    {
        var names = XDocument.Load(RepositoryFiles.PathOf("src", "CaseTracker.Web", "Resources", "SharedResource.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();

        names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    private static HashSet<string> ResourceKeys() =>
        XDocument.Load(RepositoryFiles.PathOf("src", "CaseTracker.Web", "Resources", "SharedResource.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Page_markup_has_no_bare_english_text_between_tags()
    {
        var offenders = Directory.EnumerateFiles(RepositoryFiles.PathOf("src", "CaseTracker.Web", "Pages"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => BareTextBetweenTags().Matches(File.ReadAllText(file)).Select(m => $"{Path.GetFileName(file)}: {m.Groups["text"].Value.Trim()}"))
            .ToList();

        offenders.ShouldBeEmpty("wrap visible text in @L[\"...\"]");
    }

    // L["..."], localizer["..."] and their plural L.Count("...", n) in views and page models; ErrorMessage and Display(Name) in input models.
    [GeneratedRegex(@"(?:\b(?:L|localizer)\[|\b(?:L|localizer)\.Count\(|ErrorMessage = |Display\(Name = )""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizedLiteral();

    [GeneratedRegex(@"(?:new DomainException\(|DomainException\.Formatted\(|Text\.Required\([^,]+, [^,]+, )\$?""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex DomainMessage();

    // Text of two or more letters sitting directly between a closing '>' and an opening '<'.
    [GeneratedRegex(@">(?<text>\s*[A-Za-z][A-Za-z ,.'!?]+)\s*<")]
    private static partial Regex BareTextBetweenTags();
}
