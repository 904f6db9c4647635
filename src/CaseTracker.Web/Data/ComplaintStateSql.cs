using CaseTracker.Domain.Complaints;

namespace CaseTracker.Web.Data;

/// <summary>
/// <see cref="Complaint.StateOf"/> as SQL, for statistics counted in PostgreSQL: closed wins, then
/// answered by any response, then awaiting or overdue by the due date. ComplaintStateSqlTests show that
/// statistics and the case page agree on every complaint of a fixture of mixed dates.
/// </summary>
internal static class ComplaintStateSql
{
    /// <summary>
    /// The status as the enum's name; <paramref name="complaint"/> is an alias with closed_on,
    /// reply_due_on and <paramref name="countedTo"/> the day the silence is counted to (<see cref="CountedTo"/>).
    /// </summary>
    public static string Status(string complaint, string anyResponseId, string countedTo, string today = "@today") => $"""
        CASE WHEN {complaint}.closed_on IS NOT NULL THEN '{ComplaintStatus.Closed}'
             WHEN {anyResponseId} IS NOT NULL THEN '{ComplaintStatus.Answered}'
             WHEN {today} <= {complaint}.reply_due_on THEN '{ComplaintStatus.AwaitingReply}'
             WHEN {countedTo} > {complaint}.reply_due_on THEN '{ComplaintStatus.Overdue}'
             ELSE '{ComplaintStatus.NoNewsSinceDue}' END
        """;

    /// <summary>The day the newest source of the complaint's case (entered in it or cited by it) says anything as of: its earliest possible publication day.</summary>
    public static string NewestSourceDay(string complaint) =>
        $"(SELECT max(s.published_on_earliest) FROM sources s WHERE {SourcesOfCase.Sql("s", complaint + ".case_id")} AND s.archived_at IS NULL AND s.published_on_earliest > '-infinity')";

    /// <summary><see cref="SilenceReckoning.KnownAsOf"/>: filing, newest source or "still no reply", whichever is latest, never past today.</summary>
    public static string KnownAsOf(string complaint, string newestSourceDay, string today = "@today") =>
        $"least({today}, greatest({complaint}.filed_on_latest, {newestSourceDay}, {complaint}.no_reply_known_on))";

    /// <summary><see cref="SilenceReckoning.CountedTo"/>: today while the known day is at most @recent_days old, else that day.</summary>
    public static string CountedTo(string knownAsOf, string today = "@today") =>
        $"(CASE WHEN {today} - {knownAsOf} <= @recent_days THEN {today} ELSE {knownAsOf} END)";

    /// <summary>Days of silence: from the latest possible filing day to the day counted to, never below zero.</summary>
    public static string DaysOfSilence(string complaint, string countedTo) => $"greatest(0, {countedTo} - {complaint}.filed_on_latest)";

    /// <summary><see cref="Complaint.CountedFilings"/>: how many complaints a record counts for, its number or one.</summary>
    public static string Filings(string complaint) => $"coalesce({complaint}.filings, 1)";

    /// <summary>True where a record stands for a number of complaints the source gives as "about", "at least" or "up to".</summary>
    public static string FilingsEstimate(string complaint) => GroupCountSql.IsEstimate($"{complaint}.filings");
}
