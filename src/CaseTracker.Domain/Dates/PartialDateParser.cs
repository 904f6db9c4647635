using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseTracker.Domain.Dates;

/// <summary>
/// Reads a date the way reports and caseworkers write it, in English or Russian:
/// <list type="bullet">
/// <item>a day, month or year: 2019-06-10, 10.06.2019, 10 June 2019, June 10, 2019, June 2019, 06.2019,
/// 2019, "в мае 2018", "2018 г.", "в 2018 году";</item>
/// <item>a range, each end at its own precision: 2017-2018, 29-30 May 2020, September 2011 - 2015, "from
/// May to July 2019", "between 2011 and 2015", "с 14 по 20 марта 2021", "2015-2016 гг.";</item>
/// <item>an open end: since / after / until / before / by (on or before) a date, and "с", "после", "до",
/// "ранее", "не позднее";</item>
/// <item>a part of a month or year: early / mid / late March 2021, the end of 2019, first / second half
/// of 2018, spring 2018; "в начале марта 2021", "конец 2019", "весна 2018", "в первой половине 2018 г.";</item>
/// <item>qualifiers: "c.", "circa", "about", "~", "около", "ок." (about); "?" (unsure); "%" (both);</item>
/// <item>a time of day on one day: "the night of 12 March 2021", "about 10 pm on 13 March 2021",
/// "13 March 2021 at 22:00", "в ночь на 13 марта 2021" (the night of the 12th), "вечером 12 марта 2021".</item>
/// </list>
/// Slashed all-number dates (10/06/2019) are refused: day and month order is ambiguous. "Reportedly" is
/// refused with its own reason: how sure a source is belongs to verification, not to the date.
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
        var input = Whitespace().Replace((text ?? "").Trim(), " ").Replace('–', '-').Replace('—', '-');
        if (input.Length == 0)
        {
            error = PartialDateError.Empty;
            return false;
        }

        if (input.Length > Common.TextLimits.TypedDate)
        {
            error = PartialDateError.Unreadable;
            return false;
        }

        if (VerificationWord().IsMatch(input))
        {
            error = PartialDateError.VerificationWord;
            return false;
        }

        try
        {
            var (rest, time, dayShift) = TakeTime(input);
            var read = ReadDate(rest);
            if (read is null)
            {
                error = ReadsAsDayWithoutYear(rest) ? PartialDateError.NeedsYear : PartialDateError.Unreadable;
                return false;
            }

            if (time is { } at)
            {
                // "the night of 12-13 March" is the night of the 12th, and so is "в ночь на 13 марта" (a day back).
                var nightOverTwoDays = at.Part == DayPart.Night && read.Precision == DatePrecision.Day && read.EndPrecision == DatePrecision.Day
                    && read.Openness == DateOpenness.Closed && read.Latest == read.Earliest.AddDays(1);
                if (nightOverTwoDays || (dayShift != 0 && read.Precision == DatePrecision.Day && read.Earliest == read.Latest))
                {
                    var day = read.Earliest.AddDays(nightOverTwoDays ? 0 : dayShift);
                    read = PartialDate.Day(day.Year, day.Month, day.Day, read.Approximate).Qualified(false, read.Uncertain);
                }

                read = read.At(at);
            }

            date = read.TypedAs(text);
            return true;
        }
        catch (PartialDateException ex)
        {
            error = ex.Error;
            return false;
        }
    }

    /// <summary>A time of day before or after the date, and the shift "в ночь на 13 марта" makes (the night of the 12th).</summary>
    private static (string DateText, DayTime? Time, int DayShift) TakeTime(string s)
    {
        Match m;
        if ((m = PartOfDayBefore().Match(s)).Success)
        {
            return (m.Groups["rest"].Value, DayTime.During(DayPartOf(m.Groups["part"].Value)), 0);
        }

        if ((m = NightBeforeRussian().Match(s)).Success)
        {
            return (m.Groups["rest"].Value, DayTime.During(DayPart.Night), -1);
        }

        if ((m = PartOfDayAfter().Match(s)).Success)
        {
            return (m.Groups["rest"].Value, DayTime.During(DayPartOf(m.Groups["part"].Value)), 0);
        }

        if ((m = ClockBefore().Match(s)).Success || (m = ClockAfter().Match(s)).Success)
        {
            var hour = Int(m, "h");
            if (m.Groups["ampm"].Success)
            {
                var pm = m.Groups["ampm"].Value.StartsWith('p');
                hour = (hour % 12) + (pm ? 12 : 0);
            }

            var minute = m.Groups["min"].Success ? Int(m, "min") : 0;
            if (hour > 23 || minute > 59)
            {
                throw new PartialDateException(PartialDateError.Unreadable);
            }

            return (m.Groups["rest"].Value, DayTime.At(hour, minute, m.Groups["about"].Success), 0);
        }

        return (s, null, 0);
    }

    private static DayPart DayPartOf(string word) => word.ToLowerInvariant() switch
    {
        "morning" or "утром" or "утро" => DayPart.Morning,
        "afternoon" or "днём" or "днем" => DayPart.Afternoon,
        "evening" or "вечером" or "вечер" => DayPart.Evening,
        _ => DayPart.Night,
    };

    /// <summary>A date without its time: a range in words, an open end, a part of a period, or a plain date or range.</summary>
    private static PartialDate? ReadDate(string s)
    {
        s = RussianYearWord().Replace(s, "${y}").Trim().TrimEnd('.').Trim();
        Match m;
        if ((m = RangeInWords().Match(s)).Success)
        {
            return ReadRange(m.Groups["from"].Value, m.Groups["to"].Value);
        }

        if ((m = OpenStart().Match(s)).Success)
        {
            return ReadOpen(m.Groups["word"].Value, m.Groups["rest"].Value);
        }

        if ((m = PeriodPart().Match(s)).Success)
        {
            var part = PartOf(m.Groups["part"].Value);
            var (unitText, approximate, uncertain) = Qualifiers(m.Groups["rest"].Value);
            return TryReadPart(unitText, out var unit) && unit.Day is null && unit.Year is not null
                ? PartialDate.PartOf(part, unit.ToPartialDate(false)).Qualified(approximate, uncertain)
                : null;
        }

        return ReadPlain(s);
    }

    private static PartialDate? ReadOpen(string word, string rest)
    {
        var openness = word.ToLowerInvariant() switch
        {
            "since" or "from" or "starting" or "starting from" or "с" or "со" or "начиная с" => DateOpenness.Since,
            "after" or "после" => DateOpenness.After,
            "until" or "till" or "up to" or "до" or "по" => DateOpenness.Until,
            "before" or "ранее" or "раньше" or "прежде" => DateOpenness.Before,
            _ => DateOpenness.By,
        };
        var unit = ReadPlain(rest);
        return unit is null ? null : PartialDate.Open(openness, unit);
    }

    private static PartialDate? ReadRange(string from, string to)
    {
        var (endText, endApproximate, endUncertain) = Qualifiers(to);
        var (startText, startApproximate, startUncertain) = Qualifiers(from);
        if (!TryReadPart(endText, out var end) || end.Year is null || !TryReadPart(startText, out var start))
        {
            return null;
        }

        return PartialDate.Between(
            start.CompletedFrom(end).ToPartialDate(startApproximate).Qualified(false, startUncertain),
            end.ToPartialDate(endApproximate).Qualified(false, endUncertain));
    }

    /// <summary>A single date or a range joined by "-" or "/", with its qualifiers.</summary>
    private static PartialDate? ReadPlain(string text)
    {
        var (input, approximate, uncertain) = Qualifiers(text);
        if (input.Length == 0)
        {
            return null;
        }

        if (TryReadPart(input, out var single) && single.Year is not null)
        {
            return single.ToPartialDate(approximate).Qualified(false, uncertain);
        }

        foreach (var (left, right) in RangeSplits(input))
        {
            if (TryReadPart(right, out var end) && end.Year is not null && TryReadPart(left, out var start))
            {
                return PartialDate.Between(start.CompletedFrom(end).ToPartialDate(approximate), end.ToPartialDate(approximate)).Qualified(false, uncertain);
            }
        }

        return null;
    }

    /// <summary>Takes the words and marks for "about" and "unsure" off a date.</summary>
    private static (string Text, bool Approximate, bool Uncertain) Qualifiers(string text)
    {
        var s = text.Trim();
        var match = ApproximateWord().Match(s);
        var approximate = match.Success || s.Contains('~', StringComparison.Ordinal) || s.Contains('%', StringComparison.Ordinal);
        var uncertain = s.Contains('?', StringComparison.Ordinal) || s.Contains('%', StringComparison.Ordinal);
        if (match.Success)
        {
            s = s[match.Length..];
        }

        s = s.Replace("~", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal);
        return (LeadingPreposition().Replace(s.Trim(), "").Trim().TrimEnd('.', ',').Trim(), approximate, uncertain);
    }

    private static bool ReadsAsDayWithoutYear(string s)
    {
        var (text, _, _) = Qualifiers(RussianYearWord().Replace(s, "${y}"));
        return TryReadPart(text, out var part) && part.Year is null && part.Month is not null && part.Day is not null;
    }

    private static DatePeriodPart PartOf(string word)
    {
        var w = word.ToLowerInvariant();
        return w switch
        {
            _ when w.StartsWith("early", StringComparison.Ordinal) || w.Contains("beginning", StringComparison.Ordinal) || w.StartsWith("start", StringComparison.Ordinal) || w.StartsWith("начал", StringComparison.Ordinal) => DatePeriodPart.Early,
            _ when w.StartsWith("mid", StringComparison.Ordinal) || w.StartsWith("middle", StringComparison.Ordinal) || w.StartsWith("середин", StringComparison.Ordinal) => DatePeriodPart.Mid,
            _ when w.StartsWith("late", StringComparison.Ordinal) || w.Contains("end", StringComparison.Ordinal) || w.StartsWith("кон", StringComparison.Ordinal) => DatePeriodPart.Late,
            _ when w.StartsWith("first", StringComparison.Ordinal) || w.StartsWith("перв", StringComparison.Ordinal) => DatePeriodPart.FirstHalf,
            _ when w.StartsWith("second", StringComparison.Ordinal) || w.StartsWith("втор", StringComparison.Ordinal) => DatePeriodPart.SecondHalf,
            _ when w.StartsWith("spring", StringComparison.Ordinal) || w.StartsWith("весн", StringComparison.Ordinal) => DatePeriodPart.Spring,
            _ when w.StartsWith("summer", StringComparison.Ordinal) || w.StartsWith("лет", StringComparison.Ordinal) => DatePeriodPart.Summer,
            _ when w.StartsWith("autumn", StringComparison.Ordinal) || w.StartsWith("fall", StringComparison.Ordinal) || w.StartsWith("осен", StringComparison.Ordinal) => DatePeriodPart.Autumn,
            _ => DatePeriodPart.Winter,
        };
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

        // Russian months after "в" ("в мае 2018"): the prepositional case, which .NET does not list.
        string[] prepositional = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"];
        for (var i = 0; i < 12; i++)
        {
            names.TryAdd(prepositional[i], i + 1);
        }

        names.TryAdd("sept", 9);
        return names;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(?:reportedly|allegedly|reported|according to)\b|(?:^|\s)(?:предположительно|якобы|по сообщениям|по данным)(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex VerificationWord();

    [GeneratedRegex(@"^(?:circa|approx\.?|approximately|about|around|около|ок\.|примерно|приблизительно|ca\.?|c\.?)\s*(?=\d|\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex ApproximateWord();

    // "in May 2018", "on 10 June 2019", "в мае 2018", "во второй..." is a part, read before this.
    [GeneratedRegex(@"^(?:in|on|в|во)\s+(?=\d|\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPreposition();

    // "2018 г.", "2018 года", "в 2018 году", "2015-2016 гг.": the year word goes, the year stays.
    [GeneratedRegex(@"(?<y>\d{4})\s*(?:гг\.?|г\.?|года|году|год)(?=$|[\s,.\-/])", RegexOptions.IgnoreCase)]
    private static partial Regex RussianYearWord();

    // "from May to July 2019", "between 2011 and 2015", "с 14 по 20 марта 2021", "с 2011 до 2015".
    [GeneratedRegex(@"^(?:from|between|с|со)\s+(?<from>.+?)\s+(?:to|and|until|till|through|по|до)\s+(?<to>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeInWords();

    [GeneratedRegex(@"^(?<word>since|starting from|starting|from|after|until|till|up to|before|on or before|by|no later than|not later than|начиная с|со|с|после|до|по|ранее|раньше|прежде|не позднее)\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenStart();

    [GeneratedRegex(@"^(?:in\s+|during\s+|в\s+|во\s+)?(?:the\s+)?(?<part>early|middle of|mid-|mid|late|end of|beginning of|start of|first half of|second half of|spring|summer|autumn|fall|winter|начале|начало|середине|середина|конце|конец|первой половине|первая половина|второй половине|вторая половина|весной|весна|летом|лето|осенью|осень|зимой|зима)\s*(?:of\s+)?(?<rest>[^\s].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodPart();

    [GeneratedRegex(@"^(?:on\s+|in\s+)?(?:the\s+)?(?<part>night|morning|afternoon|evening)\s+of\s+(?<rest>.+)$|^(?<part>ночью|утром|днём|днем|вечером)\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfDayBefore();

    [GeneratedRegex(@"^в\s+ночь\s+(?:с\s+\d{1,2}\s+)?на\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NightBeforeRussian();

    [GeneratedRegex(@"^(?<rest>.+?),?\s+(?:(?:in\s+the\s+)?(?<part>morning|afternoon|evening)|at\s+(?<part>night)|(?<part>ночью|утром|днём|днем|вечером))$", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfDayAfter();

    // "about 10 pm on 13 March 2021", "22:30 on 13 March 2021", "около 22:00 13 марта 2021", "в 22 часа 13 марта 2021".
    [GeneratedRegex(@"^(?:(?<about>about|around|approximately|c\.|ca\.|около|примерно|ок\.)\s+|at\s+|в\s+)?(?<h>\d{1,2})(?::(?<min>\d{2})\s*(?<ampm>am|pm|a\.m\.|p\.m\.)?|\s*(?<ampm>am|pm|a\.m\.|p\.m\.)|\s*(?:ч\.|часов|часа|час))(?:\s+on\s+|\s*,\s*|\s+)(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClockBefore();

    // "13 March 2021 at about 22:00", "13 March 2021, 10 pm", "13 марта 2021 около 22:00", "13 марта 2021 в 22 часа".
    [GeneratedRegex(@"^(?<rest>.+?),?\s+(?:at\s+|в\s+)?(?:(?<about>about|around|approximately|c\.|ca\.|около|примерно|ок\.)\s+)?(?<h>\d{1,2})(?::(?<min>\d{2})\s*(?<ampm>am|pm|a\.m\.|p\.m\.)?|\s*(?<ampm>am|pm|a\.m\.|p\.m\.)|\s*(?:ч\.|часов|часа|час))$", RegexOptions.IgnoreCase)]
    private static partial Regex ClockAfter();

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
