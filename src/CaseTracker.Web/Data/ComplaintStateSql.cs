using CaseTracker.Domain.Complaints;

namespace CaseTracker.Web.Data;

/// <summary>
/// <see cref="Complaint.StateOf"/> as SQL, for statistics counted in PostgreSQL: closed wins, then
/// answered by any response, then awaiting or overdue by the due date. ComplaintStateSqlTests show that
/// statistics and the case page agree on every complaint of a fixture of mixed dates.
/// </summary>
internal static class ComplaintStateSql
{
    /// <summary>The status as the enum's name; <paramref name="complaint"/> is an alias with closed_on and reply_due_on.</summary>
    public static string Status(string complaint, string anyResponseId, string today = "@today") => $"""
        CASE WHEN {complaint}.closed_on IS NOT NULL THEN '{ComplaintStatus.Closed}'
             WHEN {anyResponseId} IS NOT NULL THEN '{ComplaintStatus.Answered}'
             WHEN {today} <= {complaint}.reply_due_on THEN '{ComplaintStatus.AwaitingReply}'
             ELSE '{ComplaintStatus.Overdue}' END
        """;

    /// <summary>Days of silence: from the latest possible filing day to today, never below zero.</summary>
    public static string DaysOfSilence(string complaint, string today = "@today") => $"greatest(0, {today} - {complaint}.filed_on_latest)";
}
