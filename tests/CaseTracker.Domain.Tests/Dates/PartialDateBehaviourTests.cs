using System.Globalization;
using CaseTracker.Domain.Dates;

namespace CaseTracker.Domain.Tests.Dates;

public class PartialDateBehaviourTests
{
    [Theory]
    [InlineData("10 June 2019", "2019-06-10")]
    [InlineData("September 2020", "2020-09")]
    [InlineData("2019", "2019")]
    [InlineData("2017-2018", "2017/2018")]
    [InlineData("c. 2017", "2017~")]
    [InlineData("29-30 May 2020", "2020-05-29/2020-05-30")]
    [InlineData("May-June 2020", "2020-05/2020-06")]
    [InlineData("c. 2017-2018", "2017~/2018~")]
    public void Exports_as_an_edtf_string(string typed, string edtf)
    {
        PartialDate.Parse(typed).ToEdtf().ShouldBe(edtf);
    }

    [Fact]
    public void Sorts_by_earliest_day_then_exact_before_vague_then_shorter_span()
    {
        string[] typed = ["2020", "June 2019", "c. 2017", "10 June 2019", "2017-2018", "1 June 2019", "29-30 May 2020", "May 2020", "29 May 2020", "2019"];

        var ordered = typed.Select(PartialDate.Parse).Order().Select(d => d.ToString()).ToList();

        ordered.ShouldBe(["c. 2017", "2017-2018", "2019", "1 June 2019", "June 2019", "10 June 2019", "2020", "May 2020", "29 May 2020", "29-30 May 2020"]);
    }

    [Theory]
    [InlineData("10 June 2019", true)]
    [InlineData("2019-06-10", true)]
    [InlineData("c. 10 June 2019", false)]
    [InlineData("10-11 June 2019", false)]
    [InlineData("June 2019", false)]
    [InlineData("2019", false)]
    public void Only_a_single_exactly_known_day_is_an_exact_day_and_only_between_two_of_them_are_days_counted(string typed, bool exact)
    {
        var date = PartialDate.Parse(typed);
        var later = PartialDate.Parse("20 June 2019");

        date.IsExactDay.ShouldBe(exact);
        date.ExactDaysUntil(later).ShouldBe(exact ? 10 : null);
        later.ExactDaysUntil(date).ShouldBe(exact ? -10 : null);
    }

    [Theory]
    [InlineData("2018-2020", "2019-01-01", "2019-12-31", true)]
    [InlineData("June 2019", "2019-06-30", null, true)]
    [InlineData("June 2019", "2019-07-01", null, false)]
    [InlineData("June 2019", null, "2019-05-31", false)]
    [InlineData("c. 2017", null, null, true)]
    public void May_fall_within_a_period_when_some_day_it_could_be_is_inside(string typed, string? from, string? to, bool inside)
    {
        DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        PartialDate.Parse(typed).MayFallWithin(Day(from), Day(to)).ShouldBe(inside);
    }

    [Fact]
    public void Equal_dates_are_equal_whatever_way_they_were_typed()
    {
        PartialDate.Parse("10.06.2019").ShouldBe(PartialDate.Parse("10 June 2019"));
        PartialDate.Parse("2019-06").ShouldBe(PartialDate.Month(2019, 6));
        PartialDate.Parse("c. 2017").ShouldNotBe(PartialDate.Parse("2017"));
    }

    [Fact]
    public void A_range_mixing_precisions_keeps_each_ends_precision_instead_of_widening_to_the_coarser()
    {
        // Until issue 14 this range was widened to "May-June 2019"; reports need the day they give kept.
        var date = PartialDate.Parse("May 2019 - 10 June 2019");

        date.Precision.ShouldBe(DatePrecision.Month);
        date.EndPrecision.ShouldBe(DatePrecision.Day);
        date.Latest.ShouldBe(new DateOnly(2019, 6, 10));
        date.ToString().ShouldBe("May 2019-10 June 2019");
    }

    [Fact]
    public void Stored_parts_that_contradict_each_other_are_refused()
    {
        Should.Throw<PartialDateException>(() => PartialDate.FromStorage(new DateOnly(2019, 6, 10), new DateOnly(2019, 6, 30), DatePrecision.Month, false));
        Should.Throw<PartialDateException>(() => PartialDate.FromStorage(new DateOnly(2019, 6, 10), new DateOnly(2019, 6, 9), DatePrecision.Day, false));
        PartialDate.FromStorage(new DateOnly(2019, 6, 1), new DateOnly(2019, 6, 30), DatePrecision.Month, false).ToString().ShouldBe("June 2019");
    }

    [Fact]
    public void Is_shown_in_russian_with_the_genitive_month_after_a_day()
    {
        var russian = CultureInfo.GetCultureInfo("ru");

        PartialDate.Parse("10 June 2019").ToString(russian).ShouldBe("10 июня 2019 г.");
        PartialDate.Parse("June 2019").ToString(russian).ShouldBe("июнь 2019 г.");
        PartialDate.Parse("c. 2017").ToString(russian).ShouldBe("ок. 2017");
        PartialDate.Parse("10 июня 2019 г.").ShouldBe(PartialDate.Parse("10 June 2019"), "what is shown reads back");
    }
}
