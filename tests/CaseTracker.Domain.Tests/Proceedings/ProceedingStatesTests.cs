using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Proceedings;

namespace CaseTracker.Domain.Tests.Proceedings;

public class ProceedingStatesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static ProceedingStanding Of(params (string Code, string Date)[] steps) =>
        ProceedingStates.Of(steps.Select(s => (s.Code, PartialDate.Parse(s.Date))), Today);

    [Fact]
    public void The_latest_step_that_sets_a_state_decides_it_and_other_steps_leave_it()
    {
        Of().State.ShouldBe(ProceedingState.Unknown);
        Of(("opened", "2011"), ("suspended", "2012")).State.ShouldBe(ProceedingState.Suspended);
        Of(("opened", "2011"), ("closed", "2012"), ("reopened", "2013")).State.ShouldBe(ProceedingState.Open);
        Of(("opened", "2011"), ("sent_to_court", "2013"), ("other", "2014")).State.ShouldBe(ProceedingState.InCourt, "a step of another kind changes nothing");
        Of(("opened", "2011"), ("ruling", "2015"), ("appeal", "2016")).State.ShouldBe(ProceedingState.InCourt);
    }

    [Fact]
    public void Closed_without_result_means_closed_and_never_ruled_on()
    {
        Of(("opened", "2011"), ("closed", "2012")).ClosedWithoutResult.ShouldBeTrue();
        Of(("opened", "2011"), ("ruling", "2012"), ("closed", "2013")).ClosedWithoutResult.ShouldBeFalse();
        Of(("opened", "2011"), ("closed", "2012"), ("reopened", "2013")).ClosedWithoutResult.ShouldBeFalse("it is open again");
    }

    [Fact]
    public void Days_in_the_state_count_from_its_last_possible_day_and_never_from_an_open_end()
    {
        var standing = Of(("opened", "2011"), ("closed", "March 2016"));
        standing.Since!.ToString().ShouldBe("March 2016");
        standing.AtLeastDays.ShouldBe(Today.DayNumber - new DateOnly(2016, 3, 31).DayNumber);
        Of(("opened", "since 2020")).AtLeastDays.ShouldBeNull("an ongoing date has no last day to count from");
    }
}
