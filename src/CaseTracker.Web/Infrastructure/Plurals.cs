using System.Globalization;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Counted phrases in the reader's language ("1 результат, 2 результата, 5 результатов"). The resource's
/// value holds the plural forms separated by "|", in the order of the language's rule: English one|other,
/// Russian one|few|many (the CLDR rules); the form for the number is filled with it.
/// </summary>
public static class Plurals
{
    public static string Count(this IStringLocalizer localizer, string key, long count)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var forms = localizer[key].Value.Split('|');
        var form = forms[Math.Min(FormIndex(CultureInfo.CurrentUICulture, count), forms.Length - 1)];
        return string.Format(CultureInfo.CurrentCulture, form, count.ToString("N0", CultureInfo.CurrentCulture));
    }

    /// <summary>Which of the language's plural forms a number takes: 0 one, 1 few (Russian) or other, 2 many.</summary>
    public static int FormIndex(CultureInfo culture, long count)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var n = Math.Abs(count);
        if (culture.TwoLetterISOLanguageName != "ru")
        {
            return n == 1 ? 0 : 1;
        }

        var (lastDigit, lastTwo) = (n % 10, n % 100);
        if (lastDigit == 1 && lastTwo != 11)
        {
            return 0;
        }

        return lastDigit is >= 2 and <= 4 && (lastTwo < 12 || lastTwo > 14) ? 1 : 2;
    }
}
