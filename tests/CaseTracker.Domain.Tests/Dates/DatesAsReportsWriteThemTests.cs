using System.Globalization;
using CaseTracker.Domain.Dates;

namespace CaseTracker.Domain.Tests.Dates;

/// <summary>
/// Every form of date the issue "Dates and silences as the sources tell them" names, in English and
/// Russian: read into bounds, shown back in both languages and written as EDTF (the EDTF is checked by
/// the external parser in the web tests, EdtfExportTests).
/// </summary>
public class DatesAsReportsWriteThemTests
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");

    [Theory]
    // Open and half-open.
    [InlineData("since 14 March 2021", "2021-03-14", null, "since 14 March 2021", "с 14 марта 2021 г.", "2021-03-14/..")]
    [InlineData("с 14 марта 2021", "2021-03-14", null, "since 14 March 2021", "с 14 марта 2021 г.", "2021-03-14/..")]
    [InlineData("since March 2021", "2021-03-01", null, "since March 2021", "с марта 2021 г.", "2021-03/..")]
    [InlineData("until May 2019", null, "2019-05-31", "until May 2019", "до мая 2019 г.", "../2019-05")]
    [InlineData("до мая 2019", null, "2019-05-31", "until May 2019", "до мая 2019 г.", "../2019-05")]
    [InlineData("до 9 октября 2021", null, "2021-10-09", "until 9 October 2021", "до 9 октября 2021 г.", "../2021-10-09")]
    [InlineData("before 9 October 2021", null, "2021-10-08", "before 9 October 2021", "ранее 9 октября 2021 г.", "../2021-10-08")]
    [InlineData("on or before 9 October 2021", null, "2021-10-09", "by 9 October 2021", "не позднее 9 октября 2021 г.", "../2021-10-09")]
    [InlineData("by 2016", null, "2016-12-31", "by 2016", "не позднее 2016 г.", "../2016")]
    [InlineData("after 2012", "2013-01-01", null, "after 2012", "после 2012 г.", "2013/..")]
    [InlineData("после 2012 г.", "2013-01-01", null, "after 2012", "после 2012 г.", "2013/..")]
    // Ranges of mixed precision and in words.
    [InlineData("September 2011 - 2015", "2011-09-01", "2015-12-31", "September 2011-2015", "сентябрь 2011 г.-2015 г.", "2011-09/2015")]
    [InlineData("2015-2016 гг.", "2015-01-01", "2016-12-31", "2015-2016", "2015-2016", "2015/2016")]
    [InlineData("between 2011 and 2015", "2011-01-01", "2015-12-31", "2011-2015", "2011-2015", "2011/2015")]
    [InlineData("from May to July 2019", "2019-05-01", "2019-07-31", "May-July 2019", "май-июль 2019 г.", "2019-05/2019-07")]
    [InlineData("с 14 по 20 марта 2021", "2021-03-14", "2021-03-20", "14-20 March 2021", "14-20 марта 2021 г.", "2021-03-14/2021-03-20")]
    // Parts of a period.
    [InlineData("early March 2021", "2021-03-01", "2021-03-10", "early March 2021", "начало марта 2021 г.", "2021-03-01/2021-03-10")]
    [InlineData("mid-March 2021", "2021-03-11", "2021-03-20", "mid-March 2021", "середина марта 2021 г.", "2021-03-11/2021-03-20")]
    [InlineData("late March 2021", "2021-03-21", "2021-03-31", "late March 2021", "конец марта 2021 г.", "2021-03-21/2021-03-31")]
    [InlineData("в начале марта 2021", "2021-03-01", "2021-03-10", "early March 2021", "начало марта 2021 г.", "2021-03-01/2021-03-10")]
    [InlineData("first half of 2018", "2018-01-01", "2018-06-30", "first half of 2018", "первая половина 2018 г.", "2018-40")]
    [InlineData("во второй половине 2018 г.", "2018-07-01", "2018-12-31", "second half of 2018", "вторая половина 2018 г.", "2018-41")]
    [InlineData("spring 2018", "2018-03-01", "2018-05-31", "spring 2018", "весна 2018 г.", "2018-21")]
    [InlineData("весна 2018", "2018-03-01", "2018-05-31", "spring 2018", "весна 2018 г.", "2018-21")]
    [InlineData("winter 2018", "2017-12-01", "2018-02-28", "winter 2018", "зима 2018 г.", "2018-24")]
    [InlineData("the end of 2019", "2019-09-01", "2019-12-31", "late 2019", "конец 2019 г.", "2019-09/2019-12")]
    // Uncertain and approximate kept apart.
    [InlineData("2016?", "2016-01-01", "2016-12-31", "2016?", "2016?", "2016?")]
    [InlineData("c. 2016", "2016-01-01", "2016-12-31", "c. 2016", "ок. 2016", "2016~")]
    [InlineData("около 2016", "2016-01-01", "2016-12-31", "c. 2016", "ок. 2016", "2016~")]
    [InlineData("2016%", "2016-01-01", "2016-12-31", "c. 2016?", "ок. 2016?", "2016%")]
    // Russian forms of a plain date.
    [InlineData("2018 г.", "2018-01-01", "2018-12-31", "2018", "2018", "2018")]
    [InlineData("в 2018 году", "2018-01-01", "2018-12-31", "2018", "2018", "2018")]
    [InlineData("в мае 2018", "2018-05-01", "2018-05-31", "May 2018", "май 2018 г.", "2018-05")]
    // Time of day.
    [InlineData("the night of 12 March 2021", "2021-03-12", "2021-03-12", "the night of 12 March 2021", "12 марта 2021 г., ночью", "2021-03-12")]
    [InlineData("the night of 12-13 March 2021", "2021-03-12", "2021-03-12", "the night of 12 March 2021", "12 марта 2021 г., ночью", "2021-03-12")]
    [InlineData("в ночь на 13 марта 2021", "2021-03-12", "2021-03-12", "the night of 12 March 2021", "12 марта 2021 г., ночью", "2021-03-12")]
    [InlineData("about 10 pm on 13 March 2021", "2021-03-13", "2021-03-13", "about 22:00 on 13 March 2021", "13 марта 2021 г., около 22:00", "2021-03-13")]
    [InlineData("13 March 2021 at 22:30", "2021-03-13", "2021-03-13", "22:30 on 13 March 2021", "13 марта 2021 г., 22:30", "2021-03-13T22:30:00")]
    [InlineData("вечером 12 марта 2021", "2021-03-12", "2021-03-12", "the evening of 12 March 2021", "12 марта 2021 г., вечером", "2021-03-12")]
    public void Reads_shows_in_both_languages_and_writes_edtf(string typed, string? earliest, string? latest, string english, string russian, string edtf)
    {
        var date = PartialDate.Parse(typed);

        date.Earliest.ShouldBe(earliest is null ? DateOnly.MinValue : DateOnly.Parse(earliest, CultureInfo.InvariantCulture));
        date.Latest.ShouldBe(latest is null ? DateOnly.MaxValue : DateOnly.Parse(latest, CultureInfo.InvariantCulture));
        date.ToString().ShouldBe(english);
        date.ToString(Russian).ShouldBe(russian);
        date.ToEdtf().ShouldBe(edtf);
        date.Text.ShouldBe(typed);
        PartialDate.Parse(date.ToString()).ShouldBe(date, "what is shown reads back as the same date");
    }

    [Fact]
    public void A_range_keeps_each_ends_precision_so_a_month_start_is_not_widened_to_its_year()
    {
        var date = PartialDate.Parse("September 2011 - 2015");

        date.Precision.ShouldBe(DatePrecision.Month);
        date.EndPrecision.ShouldBe(DatePrecision.Year);
        date.IsRange.ShouldBeTrue();
    }

    [Fact]
    public void Uncertain_and_approximate_are_different_dates_and_neither_is_an_exact_day()
    {
        var unsure = PartialDate.Parse("10 June 2019?");
        var about = PartialDate.Parse("c. 10 June 2019");

        unsure.ShouldNotBe(about);
        unsure.Uncertain.ShouldBeTrue();
        unsure.Approximate.ShouldBeFalse();
        about.Approximate.ShouldBeTrue();
        unsure.IsExactDay.ShouldBeFalse();
        about.IsExactDay.ShouldBeFalse();
        PartialDate.Parse("about 10 pm on 10 June 2019").IsExactDay.ShouldBeTrue("an approximate hour does not make the day approximate");
    }

    [Fact]
    public void Entries_of_one_day_are_ordered_by_their_time_and_a_date_known_only_by_its_end_by_that_end()
    {
        string[] typed = ["the night of 12 March 2021", "12 March 2021", "12 March 2021 at 09:15", "the evening of 12 March 2021", "before 12 March 2021", "since 11 March 2021"];

        var ordered = typed.Select(PartialDate.Parse).Order().Select(d => d.Text).ToList();

        // "Before 12 March" is placed at its last possible day, the 11th, and there the shorter span comes first.
        ordered.ShouldBe(["before 12 March 2021", "since 11 March 2021", "12 March 2021", "12 March 2021 at 09:15", "the evening of 12 March 2021", "the night of 12 March 2021"]);
    }

    [Fact]
    public void Open_ended_dates_fall_within_any_period_their_open_side_reaches()
    {
        var since = PartialDate.Parse("since 14 March 2021");
        var before = PartialDate.Parse("before 9 October 2021");

        since.MayFallWithin(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)).ShouldBeTrue("an ongoing detention goes on");
        since.MayFallWithin(null, new DateOnly(2021, 3, 13)).ShouldBeFalse();
        before.MayFallWithin(new DateOnly(2001, 1, 1), new DateOnly(2001, 12, 31)).ShouldBeTrue();
        before.MayFallWithin(new DateOnly(2021, 10, 9), null).ShouldBeFalse();
    }

    [Theory]
    [InlineData("reportedly 12 March 2021", PartialDateError.VerificationWord)]
    [InlineData("предположительно 12 марта 2021", PartialDateError.VerificationWord)]
    [InlineData("about 10 pm on 13 March", PartialDateError.NeedsYear)]
    [InlineData("13 March", PartialDateError.NeedsYear)]
    [InlineData("the night of March 2021", PartialDateError.TimeWithoutDay)]
    [InlineData("since 2015-2016", PartialDateError.Unreadable)]
    [InlineData("spring March 2021", PartialDateError.Unreadable)]
    [InlineData("25:00 on 13 March 2021", PartialDateError.Unreadable)]
    public void A_form_that_cannot_be_a_date_is_refused_with_its_own_reason(string typed, PartialDateError expected)
    {
        PartialDate.TryParse(typed, out var date, out var error).ShouldBeFalse();

        date.ShouldBeNull();
        error.ShouldBe(expected);
    }

    [Fact]
    public void A_date_that_begins_after_today_is_refused_and_an_ongoing_one_that_began_before_is_not()
    {
        var today = new DateOnly(2026, 12, 1);

        PartialDate.TryParse("2 December 2026", today, out _, out var error).ShouldBeFalse();
        error.ShouldBe(PartialDateError.AfterToday);
        PartialDate.TryParse("since 2020", today, out var ongoing, out _).ShouldBeTrue();
        ongoing!.OpenEnd.ShouldBeTrue();
        PartialDate.TryParse("2026", today, out _, out _).ShouldBeTrue("this year may still have begun");
    }

    [Fact]
    public void Every_form_survives_storage_and_a_stored_contradiction_is_refused()
    {
        foreach (var typed in new[] { "since 14 March 2021", "after 2012", "before 9 October 2021", "by 2016", "early March 2021", "winter 2018", "September 2011 - 2015", "2016%", "about 10 pm on 13 March 2021", "the night of 12 March 2021" })
        {
            var date = PartialDate.Parse(typed);
            var stored = PartialDate.FromStorage(date.Earliest, date.Latest, date.Precision, date.EndPrecision, date.Approximate, date.Uncertain, date.Part, date.Openness,
                date.Time is { } time ? DayTime.FromStorage(time.ToStorage()) : null, date.Text);
            stored.ShouldBe(date, typed);
        }

        Should.Throw<PartialDateException>(() => PartialDate.FromStorage(new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 9), DatePrecision.Month, DatePrecision.Month, false, false, DatePeriodPart.Early, DateOpenness.Closed, null, null));
        Should.Throw<PartialDateException>(() => PartialDate.FromStorage(new DateOnly(2021, 3, 14), new DateOnly(2021, 3, 20), DatePrecision.Day, DatePrecision.Day, false, false, DatePeriodPart.None, DateOpenness.Since, null, null));
        Should.Throw<PartialDateException>(() => PartialDate.FromStorage(new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 31), DatePrecision.Month, DatePrecision.Month, false, false, DatePeriodPart.None, DateOpenness.Closed, DayTime.During(DayPart.Night), null));
    }
}
