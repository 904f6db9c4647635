using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseTracker.Domain.Dates;

/// <summary>What a relative date counts in: days and nights exactly, weeks, months and years roughly.</summary>
public enum RelativeUnit
{
    Day,
    Night,
    Week,
    Month,
    Year,
}

/// <summary>
/// A date given relative to another entry of the case, as reports write it: "the next day", "a week
/// later", "three nights after", "two months later", "shortly after", "later"; in Russian "на следующий
/// день", "через неделю", "через три дня", "вскоре", "позже". Stored as the typed text plus the entry it
/// counts from (<see cref="PartialDate.After"/>); its days are derived from that entry's date and derived
/// again whenever that date changes.
/// </summary>
public sealed partial record RelativeDate
{
    /// <summary>"Shortly after" is taken as within this many days: wide enough for "soon", and shown as "about".</summary>
    public const int ShortlyWithinDays = 14;

    private RelativeDate(int amount, RelativeUnit unit, bool shortly, bool someTimeLater)
    {
        Amount = amount;
        Unit = unit;
        Shortly = shortly;
        SomeTimeLater = someTimeLater;
    }

    public int Amount { get; }

    public RelativeUnit Unit { get; }

    /// <summary>"shortly after", "soon after", "вскоре": from the entry's day to <see cref="ShortlyWithinDays"/> days on.</summary>
    public bool Shortly { get; }

    /// <summary>"later", "after", "позже": after the entry's last possible day, with no end known.</summary>
    public bool SomeTimeLater { get; }

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["a few"] = 3,
        ["several"] = 3,
        ["один"] = 1,
        ["одну"] = 1,
        ["одни"] = 1,
        ["два"] = 2,
        ["две"] = 2,
        ["двое"] = 2,
        ["трое"] = 3,
        ["три"] = 3,
        ["четыре"] = 4,
        ["пять"] = 5,
        ["шесть"] = 6,
        ["семь"] = 7,
        ["восемь"] = 8,
        ["девять"] = 9,
        ["десять"] = 10,
        ["несколько"] = 3,
    };

    /// <summary>Reads a relative date; false for anything else (an absolute date, or words it does not know).</summary>
    public static bool TryParse(string? text, out RelativeDate relative)
    {
        relative = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = Spaces().Replace(text.Trim().TrimEnd('.', ',').ToLowerInvariant(), " ");
        RelativeDate? read = s switch
        {
            "the next day" or "next day" or "the following day" or "the day after" or "a day later" or "на следующий день" or "на другой день"
                or "через день" or "на следующие сутки" => new(1, RelativeUnit.Day, false, false),
            "the same day" or "that day" or "on the same day" or "в тот же день" or "в этот же день" or "тем же днём" => new(0, RelativeUnit.Day, false, false),
            "that night" or "the same night" or "той же ночью" or "в ту же ночь" => new(0, RelativeUnit.Night, false, false),
            "the next night" or "the following night" or "следующей ночью" or "на следующую ночь" => new(1, RelativeUnit.Night, false, false),
            "shortly after" or "soon after" or "shortly afterwards" or "soon afterwards" or "shortly thereafter" or "soon" or "shortly"
                or "вскоре" or "вскоре после" or "вскоре после этого" or "спустя короткое время" => new(0, RelativeUnit.Day, true, false),
            "later" or "after" or "afterwards" or "after that" or "thereafter" or "subsequently" or "позже" or "позднее" or "после"
                or "после этого" or "затем" or "впоследствии" => new(0, RelativeUnit.Day, false, true),
            _ => null,
        };
        read ??= ReadCount(s);
        if (read is null)
        {
            return false;
        }

        relative = read;
        return true;
    }

    private static RelativeDate? ReadCount(string s)
    {
        var english = EnglishCount().Match(s);
        if (english.Success && AmountOf(english.Groups["n"].Value) is { } n && UnitOf(english.Groups["unit"].Value) is { } unit)
        {
            return new RelativeDate(n, unit, false, false);
        }

        var russian = RussianCount().Match(s);
        if (russian.Success && UnitOf(russian.Groups["unit"].Value) is { } ruUnit)
        {
            var amount = russian.Groups["n"].Success ? AmountOf(russian.Groups["n"].Value) : 1;
            return amount is { } ruN ? new RelativeDate(ruN, ruUnit, false, false) : null;
        }

        return null;
    }

    private static int? AmountOf(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1000 ? n : Numbers.TryGetValue(word, out var named) ? named : null;

    private static RelativeUnit? UnitOf(string word) => word switch
    {
        _ when word.StartsWith("day", StringComparison.Ordinal) || word.StartsWith("дн", StringComparison.Ordinal) || word.StartsWith("ден", StringComparison.Ordinal)
            || word.StartsWith("сут", StringComparison.Ordinal) => RelativeUnit.Day,
        _ when word.StartsWith("night", StringComparison.Ordinal) || word.StartsWith("ноч", StringComparison.Ordinal) => RelativeUnit.Night,
        _ when word.StartsWith("week", StringComparison.Ordinal) || word.StartsWith("недел", StringComparison.Ordinal) => RelativeUnit.Week,
        _ when word.StartsWith("month", StringComparison.Ordinal) || word.StartsWith("месяц", StringComparison.Ordinal) => RelativeUnit.Month,
        _ when word.StartsWith("year", StringComparison.Ordinal) || word.StartsWith("год", StringComparison.Ordinal) || word.StartsWith("лет", StringComparison.Ordinal) => RelativeUnit.Year,
        _ => null,
    };

    /// <summary>
    /// The days this relative date may fall on, counted from <paramref name="anchor"/>'s days: each bound
    /// moved by the amount (an ongoing anchor counts from its start). Weeks, months, years and "shortly"
    /// are "about"; "later" has no end. The result keeps the anchor's doubt ("about", "unsure").
    /// </summary>
    public PartialDate From(PartialDate anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var start = anchor.OpenStart ? anchor.Latest : anchor.Earliest;
        var end = anchor.OpenEnd ? start : anchor.Latest;
        if (SomeTimeLater)
        {
            // Strictly after the entry's last possible day: "later" (than 13 March) reads "after 13 March".
            return PartialDate.Derived(end.AddDays(1), DateOnly.MaxValue, DateOpenness.After, anchor.Approximate, anchor.Uncertain, null);
        }

        var earliest = anchor.OpenStart ? DateOnly.MinValue : Move(start);

        var latest = Shortly ? end.AddDays(ShortlyWithinDays) : Move(end);
        var approximate = anchor.Approximate || Shortly || Unit is RelativeUnit.Week or RelativeUnit.Month or RelativeUnit.Year;
        var time = Unit == RelativeUnit.Night && earliest == latest ? DayTime.During(DayPart.Night) : (DayTime?)null;
        return PartialDate.Derived(earliest, latest, earliest == DateOnly.MinValue ? DateOpenness.Until : DateOpenness.Closed, approximate, anchor.Uncertain, time);
    }

    private DateOnly Move(DateOnly day)
    {
        var limit = DateOnly.MaxValue.AddYears(-Amount - 1);
        if (day > limit)
        {
            return day;
        }

        return Unit switch
        {
            RelativeUnit.Week => day.AddDays(7 * Amount),
            RelativeUnit.Month => day.AddMonths(Amount),
            RelativeUnit.Year => day.AddYears(Amount),
            _ => day.AddDays(Amount),
        };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // The words for numbers are checked against Numbers, the one list of them.
    [GeneratedRegex(@"^(?<n>\d{1,4}|a few|[a-z]+) (?<unit>days?|nights?|weeks?|months?|years?) (later|after|afterwards|on)$")]
    private static partial Regex EnglishCount();

    [GeneratedRegex(@"^(через|спустя) (?:(?<n>\d{1,4}|\p{L}+) )?(?<unit>\p{L}+)$")]
    private static partial Regex RussianCount();
}
