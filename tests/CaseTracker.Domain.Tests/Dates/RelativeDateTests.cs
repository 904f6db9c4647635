using System.Globalization;
using CaseTracker.Domain.Dates;

namespace CaseTracker.Domain.Tests.Dates;

/// <summary>Dates counted from another entry, in English and Russian, and the story order they and "comes after" give.</summary>
public class RelativeDateTests
{
    private static readonly Guid Detention = Guid.NewGuid();
    private static readonly PartialDate DetainedAt = PartialDate.Parse("13 March 2021");

    [Theory]
    [InlineData("the next day", "2021-03-14", "2021-03-14", false)]
    [InlineData("на следующий день", "2021-03-14", "2021-03-14", false)]
    [InlineData("the same day", "2021-03-13", "2021-03-13", false)]
    [InlineData("a week later", "2021-03-20", "2021-03-20", true)]
    [InlineData("через неделю", "2021-03-20", "2021-03-20", true)]
    [InlineData("two weeks later", "2021-03-27", "2021-03-27", true)]
    [InlineData("3 days later", "2021-03-16", "2021-03-16", false)]
    [InlineData("через три дня", "2021-03-16", "2021-03-16", false)]
    [InlineData("спустя 10 дней", "2021-03-23", "2021-03-23", false)]
    [InlineData("a month later", "2021-04-13", "2021-04-13", true)]
    [InlineData("через месяц", "2021-04-13", "2021-04-13", true)]
    [InlineData("two years later", "2023-03-13", "2023-03-13", true)]
    [InlineData("через два года", "2023-03-13", "2023-03-13", true)]
    [InlineData("shortly after", "2021-03-13", "2021-03-27", true)]
    [InlineData("вскоре", "2021-03-13", "2021-03-27", true)]
    public void A_relative_date_is_counted_from_its_entry(string text, string earliest, string latest, bool approximate)
    {
        var date = AfterDetention(text);

        date.Earliest.ShouldBe(DateOnly.Parse(earliest, CultureInfo.InvariantCulture));
        date.Latest.ShouldBe(DateOnly.Parse(latest, CultureInfo.InvariantCulture));
        date.Approximate.ShouldBe(approximate);
        date.After.ShouldBe(Detention);
        date.Text.ShouldBe(text);
        date.Relative.ShouldNotBeNull();
    }

    [Fact]
    public void Later_has_no_end_and_nights_are_nights()
    {
        var later = AfterDetention("later");
        later.KnownEarliest.ShouldBe(new DateOnly(2021, 3, 14));
        later.KnownLatest.ShouldBeNull();
        later.ToString().ShouldBe("later (after 13 March 2021)");
        AfterDetention("позже").ToString(CultureInfo.GetCultureInfo("ru")).ShouldBe("позже (после 13 марта 2021 г.)");

        var nights = AfterDetention("three nights after");
        nights.Time.ShouldBe(DayTime.During(DayPart.Night));
        nights.ToString().ShouldBe("three nights after (the night of 16 March 2021)");
    }

    [Fact]
    public void A_relative_date_is_shown_as_written_with_its_days_and_exported_by_its_days()
    {
        var week = AfterDetention("a week later");

        week.ToString().ShouldBe("a week later (c. 20 March 2021)");
        week.ToString(CultureInfo.GetCultureInfo("ru")).ShouldStartWith("a week later (ок. 20");
        week.ToEdtf().ShouldBe("2021-03-20~");
    }

    [Fact]
    public void Counted_from_a_month_or_an_ongoing_detention_it_keeps_their_span_or_counts_from_the_start()
    {
        var month = PartialDate.Parse("March 2021");
        var afterMonth = RecountedFrom("the next day", month);
        afterMonth.Earliest.ShouldBe(new DateOnly(2021, 3, 2));
        afterMonth.Latest.ShouldBe(new DateOnly(2021, 4, 1));

        var ongoing = RecountedFrom("a week later", PartialDate.Parse("since 14 March 2021"));
        ongoing.Earliest.ShouldBe(new DateOnly(2021, 3, 21));
        ongoing.Latest.ShouldBe(new DateOnly(2021, 3, 21));

        var unsure = RecountedFrom("the next day", PartialDate.Parse("2016?"));
        unsure.Uncertain.ShouldBeTrue("the entry's doubt carries over");
    }

    [Fact]
    public void Without_an_entry_a_relative_date_is_refused_and_a_full_date_before_its_entry_too()
    {
        PartialDate.TryParse("a week later", new DateOnly(2026, 12, 1), null, null, out _, out var noEntry).ShouldBeFalse();
        noEntry.ShouldBe(PartialDateError.NeedsEntry);
        PartialDate.TryParse("1 March 2021", new DateOnly(2026, 12, 1), Detention, DetainedAt, out _, out var before).ShouldBeFalse();
        before.ShouldBe(PartialDateError.BeforeEntry);
        PartialDate.TryParse("a week later", new DateOnly(2021, 3, 15), Detention, DetainedAt, out _, out var future).ShouldBeFalse();
        future.ShouldBe(PartialDateError.AfterToday);
    }

    [Fact]
    public void A_date_typed_in_full_after_an_entry_keeps_its_days_and_remembers_the_entry()
    {
        PartialDate.TryParse("2021", new DateOnly(2026, 12, 1), Detention, DetainedAt, out var year, out _).ShouldBeTrue();

        year!.ToString().ShouldBe("2021");
        year.After.ShouldBe(Detention);
        year.Relative.ShouldBeNull();
        year.RecountFrom(PartialDate.Parse("14 March 2021")).ShouldBeSameAs(year, "only relative dates are counted again");
    }

    [Fact]
    public void The_story_order_puts_an_entry_after_the_one_it_comes_after_and_otherwise_keeps_the_date_order()
    {
        var (a, b, c, d, e) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        // By date: the complaint dated "2021" (c) sorts first, though it comes after the detention (b).
        (Guid Id, Guid? After)[] byDate = [(c, b), (a, null), (b, null), (d, c), (e, null)];

        var ordered = StoryOrder.Apply(byDate, x => x.Id, x => x.After).Select(x => x.Id).ToList();

        ordered.ShouldBe([a, b, c, d, e]);
        StoryOrder.Apply(byDate, x => x.Id, x => x.After).Select(x => x.Id).ShouldBe(ordered, "the same entries always come out in the same order");
        (Guid Id, Guid? After)[] missingPredecessor = [(c, Guid.NewGuid()), (a, null)];
        (Guid Id, Guid? After)[] cycle = [(a, b), (b, a)];
        StoryOrder.Apply(missingPredecessor, x => x.Id, x => x.After).Select(x => x.Id).ShouldBe([c, a], "an entry whose predecessor is not listed keeps its place");
        StoryOrder.Apply(cycle, x => x.Id, x => x.After).Count.ShouldBe(2, "even a cycle loses no entry");
    }

    private static PartialDate AfterDetention(string text) => RecountedFrom(text, DetainedAt);

    private static PartialDate RecountedFrom(string text, PartialDate anchor) =>
        PartialDate.TryParse(text, DateOnly.MaxValue, Detention, anchor, out var date, out var error) ? date! : throw new PartialDateException(error);
}
