using CaseTracker.Domain.Sources;

namespace CaseTracker.Web.Data;

/// <summary>
/// The sources of a case: those entered in it and those it cites from other cases (Source.CitedIn).
/// <see cref="OfCase"/> is the rule; <see cref="Sql"/> repeats it for the statements that count silences
/// "as of" a case's newest source (ComplaintStateSql), and SharedSourceTests show the two agree.
/// </summary>
public static class SourcesOfCase
{
    public static IQueryable<Source> OfCase(this IQueryable<Source> sources, Guid caseId) =>
        sources.Where(s => s.CaseId == caseId || s.CitedIn.Any(c => c.CaseId == caseId));

    /// <summary>True for a source (alias <paramref name="source"/>) of the case <paramref name="caseId"/> (an SQL expression).</summary>
    public static string Sql(string source, string caseId) =>
        $"({source}.case_id = {caseId} OR EXISTS (SELECT 1 FROM source_cases sc WHERE sc.source_id = {source}.id AND sc.case_id = {caseId}))";
}
