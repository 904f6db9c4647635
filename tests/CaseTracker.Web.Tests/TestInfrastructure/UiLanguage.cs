using System.Globalization;
using System.Resources;

namespace CaseTracker.Web.Tests.TestInfrastructure;

/// <summary>
/// The interface's words in one language, read from the app's own resources (English is the key itself),
/// so one browser journey runs as an English and as a Russian reader and finds its links by what they say.
/// </summary>
public sealed class UiLanguage
{
    private static readonly ResourceManager Resources = new("CaseTracker.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    private UiLanguage(string code, string browserLocale)
    {
        Code = code;
        BrowserLocale = browserLocale;
    }

    /// <summary>"en" or "ru": what a journey's theory data names.</summary>
    public string Code { get; }

    /// <summary>What the browser asks for (Accept-Language), as a reader's browser would.</summary>
    public string BrowserLocale { get; }

    public string this[string english] => Code == "en"
        ? english
        : Resources.GetString(english, CultureInfo.GetCultureInfo(Code)) ?? throw new KeyNotFoundException($"No {Code} text for \"{english}\"");

    public static UiLanguage Of(string code) => code switch
    {
        "en" => new UiLanguage("en", "en-GB"),
        "ru" => new UiLanguage("ru", "ru-RU"),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "The interface speaks en and ru."),
    };

    /// <summary>The same string with its {0}… filled, as the localizer fills it.</summary>
    public string Format(string english, params object[] values) => string.Format(CultureInfo.GetCultureInfo(Code), this[english], values);
}
