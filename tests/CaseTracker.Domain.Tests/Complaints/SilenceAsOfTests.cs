using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;

namespace CaseTracker.Domain.Tests.Complaints;

/// <summary>
/// A silence is claimed only as far as the sources go: to the newest source of the case or the last
/// "still no reply", and on to today only while that day is recent.
/// </summary>
public class SilenceAsOfTests
{
    private static readonly DateOnly Filed = new(2021, 3, 25);
    private static readonly DateOnly NewestSource = new(2021, 5, 5);

    // Filed 25 March 2021 with a 60-day window: due 24 May 2021.
    private static Complaint Filed25March2021() =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PartialDate.Parse("25 March 2021"), "Investigate the beating in custody", 60);

    [Fact]
    public void Years_later_with_the_newest_source_from_May_the_silence_stops_at_that_source()
    {
        var state = Filed25March2021().StateOn(new SilenceReckoning(new DateOnly(2026, 12, 1)), NewestSource);

        state.Status.ShouldBe(ComplaintStatus.NoNewsSinceDue);
        state.KnownAsOf.ShouldBe(NewestSource);
        state.DaysOfSilence.ShouldBe(41);
        state.DueOn.ShouldBe(new DateOnly(2021, 5, 24));
        state.DaysOverdue.ShouldBeNull("nobody knows the reply was late: the last news is from before the due date");
    }

    [Fact]
    public void While_the_newest_source_is_recent_the_silence_is_counted_to_today()
    {
        var complaint = Filed25March2021();

        var beforeDue = complaint.StateOn(new SilenceReckoning(new DateOnly(2021, 5, 20)), NewestSource);
        beforeDue.Status.ShouldBe(ComplaintStatus.AwaitingReply);
        beforeDue.KnownAsOf.ShouldBeNull();
        beforeDue.DaysOfSilence.ShouldBe(56);
        beforeDue.DaysLeft.ShouldBe(4);

        var thirtyDaysOn = complaint.StateOn(new SilenceReckoning(NewestSource.AddDays(30)), NewestSource);
        thirtyDaysOn.Status.ShouldBe(ComplaintStatus.Overdue);
        thirtyDaysOn.KnownAsOf.ShouldBeNull();
        thirtyDaysOn.DaysOverdue.ShouldBe(11);

        var thirtyOneDaysOn = complaint.StateOn(new SilenceReckoning(NewestSource.AddDays(31)), NewestSource);
        thirtyOneDaysOn.Status.ShouldBe(ComplaintStatus.NoNewsSinceDue);
        thirtyOneDaysOn.KnownAsOf.ShouldBe(NewestSource);
        thirtyOneDaysOn.DaysOfSilence.ShouldBe(41);
    }

    [Fact]
    public void The_window_of_a_recent_silence_is_a_setting()
    {
        var state = Filed25March2021().StateOn(new SilenceReckoning(new DateOnly(2021, 6, 30), RecentDays: 60), NewestSource);

        state.Status.ShouldBe(ComplaintStatus.Overdue);
        state.DaysOfSilence.ShouldBe(97);
    }

    [Fact]
    public void A_source_older_than_the_filing_supports_no_silence_beyond_the_filing_day()
    {
        var state = Filed25March2021().StateOn(new SilenceReckoning(new DateOnly(2024, 1, 1)), new DateOnly(2020, 1, 1));

        state.Status.ShouldBe(ComplaintStatus.NoNewsSinceDue);
        state.KnownAsOf.ShouldBe(Filed);
        state.DaysOfSilence.ShouldBe(0);
    }

    [Fact]
    public void Still_no_reply_moves_the_known_day_to_the_check_and_records_who_and_when()
    {
        var complaint = Filed25March2021();
        var caseworker = Guid.NewGuid();
        var at = new DateTimeOffset(2021, 9, 1, 10, 30, 0, TimeSpan.Zero);

        complaint.CheckedStillNoReply(new DateOnly(2021, 9, 1), caseworker, at);

        complaint.NoReplyKnownOn.ShouldBe(new DateOnly(2021, 9, 1));
        complaint.NoReplyCheckedBy.ShouldBe(caseworker);
        complaint.NoReplyCheckedAt.ShouldBe(at);
        var later = complaint.StateOn(new SilenceReckoning(new DateOnly(2022, 1, 1)), NewestSource);
        later.Status.ShouldBe(ComplaintStatus.Overdue);
        later.KnownAsOf.ShouldBe(new DateOnly(2021, 9, 1));
        later.DaysOfSilence.ShouldBe(160);
        later.DaysOverdue.ShouldBe(100);
        complaint.StateOn(new SilenceReckoning(new DateOnly(2021, 9, 20)), NewestSource).KnownAsOf.ShouldBeNull("checked 19 days ago: counted to today");
    }

    [Fact]
    public void Still_no_reply_is_refused_on_an_answered_or_closed_complaint_and_before_the_filing()
    {
        var answered = Filed25March2021();
        answered.RecordResponse(PartialDate.Parse("June 2021"), Guid.NewGuid(), null);
        var closed = Filed25March2021();
        closed.Close(new DateOnly(2021, 7, 1), "Withdrawn");

        Should.Throw<DomainException>(() => answered.CheckedStillNoReply(new DateOnly(2021, 9, 1), Guid.NewGuid(), DateTimeOffset.UtcNow));
        Should.Throw<DomainException>(() => closed.CheckedStillNoReply(new DateOnly(2021, 9, 1), Guid.NewGuid(), DateTimeOffset.UtcNow));
        Should.Throw<DomainException>(() => Filed25March2021().CheckedStillNoReply(new DateOnly(2021, 3, 1), Guid.NewGuid(), DateTimeOffset.UtcNow));
    }

    [Fact]
    public void A_complaint_filed_on_an_unknown_day_before_a_date_counts_from_that_last_possible_day()
    {
        var complaint = new Complaint(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PartialDate.Parse("before 5 May 2021"), "Appeal", 30);

        var state = complaint.StateOn(new SilenceReckoning(new DateOnly(2021, 5, 10)), null);

        complaint.ReplyDueOn.ShouldBe(new DateOnly(2021, 6, 3));
        state.Status.ShouldBe(ComplaintStatus.AwaitingReply);
        state.DaysOfSilence.ShouldBe(6);
    }
}
