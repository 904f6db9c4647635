using CaseTracker.Domain.Dates;

namespace CaseTracker.Domain.Tests.Dates;

public class PartialDateParsingTests
{
    [Theory]
    [InlineData("2019-06-10", "2019-06-10", "2019-06-10", DatePrecision.Day, false, "10 June 2019")]
    [InlineData("10.06.2019", "2019-06-10", "2019-06-10", DatePrecision.Day, false, "10 June 2019")]
    [InlineData("10 June 2019", "2019-06-10", "2019-06-10", DatePrecision.Day, false, "10 June 2019")]
    [InlineData("June 10, 2019", "2019-06-10", "2019-06-10", DatePrecision.Day, false, "10 June 2019")]
    [InlineData("10 Jun 2019", "2019-06-10", "2019-06-10", DatePrecision.Day, false, "10 June 2019")]
    [InlineData("10 июня 2019", "2019-06-10", "2019-06-10", DatePrecision.Day, false, "10 June 2019")]
    [InlineData("June 2019", "2019-06-01", "2019-06-30", DatePrecision.Month, false, "June 2019")]
    [InlineData("2019-06", "2019-06-01", "2019-06-30", DatePrecision.Month, false, "June 2019")]
    [InlineData("06.2019", "2019-06-01", "2019-06-30", DatePrecision.Month, false, "June 2019")]
    [InlineData("September 2020", "2020-09-01", "2020-09-30", DatePrecision.Month, false, "September 2020")]
    [InlineData("February 2020", "2020-02-01", "2020-02-29", DatePrecision.Month, false, "February 2020")]
    [InlineData("2019", "2019-01-01", "2019-12-31", DatePrecision.Year, false, "2019")]
    [InlineData("c. 2017", "2017-01-01", "2017-12-31", DatePrecision.Year, true, "c. 2017")]
    [InlineData("circa 2017", "2017-01-01", "2017-12-31", DatePrecision.Year, true, "c. 2017")]
    [InlineData("2017~", "2017-01-01", "2017-12-31", DatePrecision.Year, true, "c. 2017")]
    [InlineData("2017-2018", "2017-01-01", "2018-12-31", DatePrecision.Year, false, "2017-2018")]
    [InlineData("2017 – 2018", "2017-01-01", "2018-12-31", DatePrecision.Year, false, "2017-2018")]
    [InlineData("2017/2018", "2017-01-01", "2018-12-31", DatePrecision.Year, false, "2017-2018")]
    [InlineData("29-30 May 2020", "2020-05-29", "2020-05-30", DatePrecision.Day, false, "29-30 May 2020")]
    [InlineData("29 May - 2 June 2020", "2020-05-29", "2020-06-02", DatePrecision.Day, false, "29 May-2 June 2020")]
    [InlineData("30 December 2019 - 2 January 2020", "2019-12-30", "2020-01-02", DatePrecision.Day, false, "30 December 2019-2 January 2020")]
    [InlineData("10.06-12.06.2019", "2019-06-10", "2019-06-12", DatePrecision.Day, false, "10-12 June 2019")]
    [InlineData("2020-05-29/2020-05-30", "2020-05-29", "2020-05-30", DatePrecision.Day, false, "29-30 May 2020")]
    [InlineData("May-June 2020", "2020-05-01", "2020-06-30", DatePrecision.Month, false, "May-June 2020")]
    [InlineData("c. 2017-2018", "2017-01-01", "2018-12-31", DatePrecision.Year, true, "c. 2017-2018")]
    [InlineData("  29–30   May 2020 ", "2020-05-29", "2020-05-30", DatePrecision.Day, false, "29-30 May 2020")]
    public void A_typed_date_is_stored_as_earliest_latest_precision_and_shown_as_a_person_writes_it(
        string typed, string earliest, string latest, DatePrecision precision, bool approximate, string shown)
    {
        var date = PartialDate.Parse(typed);

        date.Earliest.ShouldBe(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture));
        date.Latest.ShouldBe(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture));
        date.Precision.ShouldBe(precision);
        date.Approximate.ShouldBe(approximate);
        date.ToString().ShouldBe(shown);
    }

    [Theory]
    [InlineData("", PartialDateError.Empty)]
    [InlineData("   ", PartialDateError.Empty)]
    [InlineData("31 February 2019", PartialDateError.NoSuchDay)]
    [InlineData("29.02.2019", PartialDateError.NoSuchDay)]
    [InlineData("2019-02-30", PartialDateError.NoSuchDay)]
    [InlineData("2019-13", PartialDateError.NoSuchMonth)]
    [InlineData("14-12 June 2019", PartialDateError.EndBeforeStart)]
    [InlineData("2020-2019", PartialDateError.EndBeforeStart)]
    [InlineData("10/06/2019", PartialDateError.Unreadable)]
    [InlineData("yesterday", PartialDateError.Unreadable)]
    [InlineData("Smarch 2019", PartialDateError.Unreadable)]
    [InlineData("<script>alert(1)</script>", PartialDateError.Unreadable)]
    [InlineData("0999", PartialDateError.YearOutOfRange)]
    public void An_impossible_or_unreadable_date_is_refused_with_the_reason(string typed, PartialDateError expected)
    {
        PartialDate.TryParse(typed, out var date, out var error).ShouldBeFalse();

        date.ShouldBeNull();
        error.ShouldBe(expected);
        Should.Throw<PartialDateException>(() => PartialDate.Parse(typed)).Error.ShouldBe(expected);
    }

    [Fact]
    public void The_29th_of_February_exists_in_a_leap_year()
    {
        PartialDate.Parse("29.02.2020").ToString().ShouldBe("29 February 2020");
    }
}
