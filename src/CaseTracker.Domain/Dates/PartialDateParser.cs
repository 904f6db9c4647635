using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseTracker.Domain.Dates;

/// <summary>
/// Reads a date the way caseworkers type it. Understood, alone or as the two ends of a range joined by
/// "-", "–" or "/": 2019-06-10, 2019-06, 2019, 10.06.2019, 06.2019, 10 June 2019, June 10, 2019,
/// June 2019, Russian month names (10 июня 2019), and "c.", "ca.", "circa", "~" for approximate dates.
/// The start of a range may leave out what its end says: 29-30 May 2020, May-June 2020, 10.06-12.06.2019.
/// Slashed all-number dates (10/06/2019) are refused: day and month order is ambiguous.
/// </summary>
internal static partial class PartialDateParser
{
    private static readonly Dictionary<string, int> MonthsByName = BuildMonthNames();

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date! : throw new PartialDateException(error);

    public static bool TryParse(string? text, out PartialDate? date, out PartialDateError error)
    {
        date = null;
        error = PartialDateError.None;
        var input = Normalize(text ?? "", out var approximate);
        if (input.Length == 0)
        {
            error = PartialDateError.Empty;
            return false;
        }

        try
        {
            if (TryReadPart(input, out var single) && single.Year is not null)
            {
                date = single.ToPartialDate(approximate);
                return true;
            }

            foreach (var (left, right) in RangeSplits(input))
            {
                if (TryReadPart(right, out var end) && end.Year is not null && TryReadPart(left, out var start))
                {
                    date = PartialDate.Create(start.CompletedFrom(end), end, approximate);
                    return true;
                }
            }

            error = PartialDateError.Unreadable;
            return false;
        }
        catch (PartialDateException ex)
        {
            error = ex.Error;
            return false;
        }
    }

    private static string Normalize(string text, out bool approximate)
    {
        var s = Whitespace().Replace(text.Trim(), " ").Replace('–', '-').Replace('—', '-');
        var match = ApproximateWord().Match(s);
        approximate = match.Success || s.Contains('~', StringComparison.Ordinal) || s.Contains('?', StringComparison.Ordinal);
        if (match.Success)
        {
            s = s[match.Length..];
        }

        return s.Replace("~", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal).Trim().TrimEnd('.');
    }

    private static IEnumerable<(string Left, string Right)> RangeSplits(string s)
    {
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && slash == s.LastIndexOf('/'))
        {
            yield return (s[..slash].Trim(), s[(slash + 1)..].Trim());
        }

        for (var i = s.IndexOf('-', StringComparison.Ordinal); i > 0; i = s.IndexOf('-', i + 1))
        {
            yield return (s[..i].Trim(), s[(i + 1)..].Trim());
        }
    }

    private static bool TryReadPart(string s, out DatePart part)
    {
        part = default;
        if (s.Length == 0)
        {
            return false;
        }

        Match m;
        if ((m = IsoDate().Match(s)).Success)
        {
            part = new DatePart(Int(m, "y"), m.Groups["m"].Success ? Int(m, "m") : null, m.Groups["d"].Success ? Int(m, "d") : null);
            return true;
        }

        if ((m = DottedDate().Match(s)).Success)
        {
            part = new DatePart(m.Groups["y"].Success ? Int(m, "y") : null, Int(m, "m"), m.Groups["d"].Success ? Int(m, "d") : null);
            return part.Day is not null || part.Year is not null;
        }

        if ((m = DayMonthYear().Match(s)).Success || (m = MonthDayYear().Match(s)).Success || (m = DayOnly().Match(s)).Success)
        {
            int? month = null;
            if (m.Groups["mon"].Success)
            {
                if (!MonthsByName.TryGetValue(m.Groups["mon"].Value.ToLowerInvariant(), out var number))
                {
                    return false;
                }

                month = number;
            }

            part = new DatePart(m.Groups["y"].Success ? Int(m, "y") : null, month, m.Groups["d"].Success ? Int(m, "d") : null);
            return part.Day is not null || part.Month is not null;
        }

        return false;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static Dictionary<string, int> BuildMonthNames()
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("ru") })
        {
            var format = culture.DateTimeFormat;
            for (var i = 0; i < 12; i++)
            {
                foreach (var name in new[] { format.MonthNames[i], format.MonthGenitiveNames[i], format.AbbreviatedMonthNames[i], format.AbbreviatedMonthGenitiveNames[i] })
                {
                    var key = name.Trim('.').ToLowerInvariant();
                    if (key.Length > 0)
                    {
                        names.TryAdd(key, i + 1);
                    }
                }
            }
        }

        names.TryAdd("sept", 9);
        return names;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:circa|approx\.?|about|около|ок\.|ca\.?|c\.?)\s*(?=\d|\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex ApproximateWord();

    // 2019, 2019-06, 2019-06-10
    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{1,2})(?:-(?<d>\d{1,2}))?)?$")]
    private static partial Regex IsoDate();

    // 10.06.2019, 06.2019, 10.06 (the start of a range)
    [GeneratedRegex(@"^(?:(?<d>\d{1,2})\.(?<m>\d{1,2})(?:\.(?<y>\d{4}))?|(?<m>\d{1,2})\.(?<y>\d{4}))$")]
    private static partial Regex DottedDate();

    // 10 June 2019, 10th June 2019, June 2019, 10 June, June (the last two only as the start of a range)
    [GeneratedRegex(@"^(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s+)?(?<mon>\p{L}+)\.?(?:,?\s+(?<y>\d{4}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    // June 10, 2019
    [GeneratedRegex(@"^(?<mon>\p{L}+)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    // 29 (the start of "29-30 May 2020")
    [GeneratedRegex(@"^(?<d>\d{1,2})$")]
    private static partial Regex DayOnly();
}
