using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;

namespace CaseTracker.Domain.Tests.Complaints;

public class ComplaintStatusTests
{
    private static readonly Guid Rejected = Guid.NewGuid();
    private static readonly Guid Forwarded = Guid.NewGuid();

    private static Complaint FiledOn12June2019(int windowDays = 30) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PartialDate.Parse("12 June 2019"), "Investigate the death threats", windowDays);

    [Fact]
    public void The_reply_is_due_the_window_days_after_filing()
    {
        FiledOn12June2019().ReplyDueOn.ShouldBe(new DateOnly(2019, 7, 12));
    }

    [Fact]
    public void Before_the_due_date_without_a_response_it_is_awaiting_a_reply()
    {
        var state = FiledOn12June2019().StateWithNewsOn(new DateOnly(2019, 7, 2));

        state.Status.ShouldBe(ComplaintStatus.AwaitingReply);
        state.DaysLeft.ShouldBe(10);
        state.DaysOfSilence.ShouldBe(20);
    }

    [Fact]
    public void On_the_due_date_it_is_still_awaiting_and_the_day_after_it_is_overdue()
    {
        var complaint = FiledOn12June2019();

        complaint.StateWithNewsOn(new DateOnly(2019, 7, 12)).Status.ShouldBe(ComplaintStatus.AwaitingReply);
        complaint.StateWithNewsOn(new DateOnly(2019, 7, 13)).Status.ShouldBe(ComplaintStatus.Overdue);
    }

    [Fact]
    public void Past_the_due_date_without_a_response_it_is_overdue_with_the_silence_counted()
    {
        var state = FiledOn12June2019().StateWithNewsOn(new DateOnly(2020, 7, 28));

        state.Status.ShouldBe(ComplaintStatus.Overdue);
        state.DaysOfSilence.ShouldBe(412);
        state.DaysOverdue.ShouldBe(382);
    }

    [Fact]
    public void A_month_precision_filing_counts_from_the_last_day_it_could_have_been_filed()
    {
        var complaint = new Complaint(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PartialDate.Parse("February 2020"), "Lawsuit against inaction", 60);

        complaint.ReplyDueOn.ShouldBe(new DateOnly(2020, 4, 29));
        complaint.StateWithNewsOn(new DateOnly(2020, 3, 10)).DaysOfSilence.ShouldBe(10);
    }

    [Fact]
    public void With_responses_it_is_answered_with_the_outcome_of_the_latest_one()
    {
        var complaint = FiledOn12June2019();
        var later = complaint.RecordResponse(PartialDate.Parse("August 2019"), Rejected, "Rejected without reasons");
        complaint.RecordResponse(PartialDate.Parse("20 July 2019"), Forwarded, null);

        var state = complaint.StateWithNewsOn(new DateOnly(2021, 1, 1));

        state.Status.ShouldBe(ComplaintStatus.Answered);
        state.LatestOutcomeId.ShouldBe(Rejected);
        state.LatestResponseId.ShouldBe(later.Id);
    }

    [Fact]
    public void An_archived_response_no_longer_counts()
    {
        var complaint = FiledOn12June2019();
        var response = complaint.RecordResponse(PartialDate.Parse("20 July 2019"), Forwarded, null);
        response.Archive("Entered on the wrong complaint", Guid.NewGuid(), DateTimeOffset.UtcNow);

        complaint.StateWithNewsOn(new DateOnly(2019, 8, 1)).Status.ShouldBe(ComplaintStatus.Overdue);
    }

    [Fact]
    public void A_closed_complaint_is_closed_whatever_came_back()
    {
        var complaint = FiledOn12June2019();
        complaint.Close(new DateOnly(2020, 1, 1), "Superseded by the lawsuit");

        complaint.StateWithNewsOn(new DateOnly(2021, 1, 1)).Status.ShouldBe(ComplaintStatus.Closed);
        complaint.Reopen();
        complaint.StateWithNewsOn(new DateOnly(2021, 1, 1)).Status.ShouldBe(ComplaintStatus.Overdue);
    }

    [Fact]
    public void A_closed_complaint_that_was_answered_keeps_its_latest_outcome()
    {
        var complaint = FiledOn12June2019();
        complaint.RecordResponse(PartialDate.Parse("1 July 2019"), Forwarded, null);
        var last = complaint.RecordResponse(PartialDate.Parse("July 2019"), Rejected, null);
        complaint.Close(new DateOnly(2020, 1, 1), "Superseded by the lawsuit");

        var state = complaint.StateWithNewsOn(new DateOnly(2021, 1, 1));

        state.Status.ShouldBe(ComplaintStatus.Closed);
        state.LatestOutcomeId.ShouldBe(Rejected, "July 2019 spans more than 1 July, so it sorts after it");
        state.LatestResponseId.ShouldBe(last.Id);
    }

    [Fact]
    public void A_due_date_set_by_hand_overrides_the_window()
    {
        var complaint = FiledOn12June2019();
        complaint.Schedule(complaint.FiledOn, 30, new DateOnly(2019, 6, 26));

        complaint.ReplyDueOn.ShouldBe(new DateOnly(2019, 6, 26));
        complaint.StateWithNewsOn(new DateOnly(2019, 6, 27)).Status.ShouldBe(ComplaintStatus.Overdue);
    }

    [Fact]
    public void Impossible_schedules_and_responses_are_refused()
    {
        var complaint = FiledOn12June2019();

        Should.Throw<DomainException>(() => complaint.Schedule(complaint.FiledOn, 30, new DateOnly(2019, 6, 1))).Field.ShouldBe("ReplyDueOverride");
        Should.Throw<DomainException>(() => complaint.Schedule(complaint.FiledOn, 0, null)).Field.ShouldBe("ReplyWindowDays");
        Should.Throw<DomainException>(() => complaint.RecordResponse(PartialDate.Parse("1 May 2019"), Rejected, null)).Field.ShouldBe("Date");
    }
}

/// <summary>
/// These tests are about the order of states, so a source is always dated the day the complaint is read:
/// the silence is known up to that day. SilenceAsOfTests covers how far a silence is known.
/// </summary>
internal static class NewsOnTheDayRead
{
    public static ComplaintState StateWithNewsOn(this Complaint complaint, DateOnly day) => complaint.StateOn(new SilenceReckoning(day), day);
}
