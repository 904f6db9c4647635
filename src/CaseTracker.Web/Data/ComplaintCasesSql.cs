namespace CaseTracker.Web.Data;

/// <summary>
/// Which complaints a set of cases shows, in SQL: those recorded in one of them and those that also
/// concern one of them (complaint_cases), each once. The case page and timeline read the same rule for
/// one case (ComplaintView.OfCase); ComplaintCasesTests show statistics count what the case pages show.
/// </summary>
internal static class ComplaintCasesSql
{
    /// <summary>True for a complaint (alias <paramref name="complaint"/>) recorded in or concerning a case of <paramref name="cases"/> (a relation with an id column).</summary>
    public static string SeenThrough(string complaint, string cases) =>
        $"{complaint}.case_id IN (SELECT id FROM {cases}) OR {complaint}.id IN (SELECT cc.complaint_id FROM complaint_cases cc WHERE cc.case_id IN (SELECT id FROM {cases}))";
}
