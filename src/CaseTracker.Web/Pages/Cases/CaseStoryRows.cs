using System.Data.Common;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Complaints;

namespace CaseTracker.Web.Pages.Cases;

/// <summary>
/// A record of the case reduced to what places it in the story: its id, its date, and the ids of what it
/// holds (a complaint's responses), so that "the page holding this response" can be found.
/// </summary>
public sealed record StoryRow(Guid Id, PartialDate Date, Guid[] Inner);

/// <summary>
/// The case's incidents and complaints as <see cref="StoryRow"/>s in story order, read in one round trip: the
/// case page places its windows (<see cref="RecordWindows"/>) on these and then reads in full only the records
/// it shows. A case of 1,000 incidents and 600 complaints read them all in full for the newest 50 of each (issue 17).
/// The order is the one the full reads give: date (PartialDateSql.Order), then id, then StoryOrder; a test compares the two.
/// </summary>
internal static class CaseStoryRows
{
    private static readonly string Incidents = $"""
        select i.id, {PartialDateSql.Columns("i.date")}, array[]::uuid[] as inner_ids
        from incidents i where i.case_id = @case and i.archived_at is null
        order by {PartialDateSql.Order("i.date")}, i.id
        """;

    private static readonly string Complaints = $"""
        select c.id, {PartialDateSql.Columns("c.filed_on", "date")},
               array(select r.id from institutional_responses r where r.complaint_id = c.id and r.archived_at is null) as inner_ids
        from complaints c where {ComplaintView.OfCase} and c.archived_at is null
        order by {PartialDateSql.Order("c.filed_on")}, c.id
        """;

    /// <summary>The case's incidents and complaints as story rows, read with the rest of <paramref name="batch"/>; in story order once it has run.</summary>
    public static Func<(List<StoryRow> Incidents, List<StoryRow> Complaints)> AddTo(ReadBatch batch, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var incidents = batch.Add(Incidents, p => p.AddWithValue("case", caseId), Read);
        var complaints = batch.Add(Complaints, p => p.AddWithValue("case", caseId), Read);
        return () => (StoryOrder.Apply(incidents, r => r.Id, r => r.Date.After), StoryOrder.Apply(complaints, r => r.Id, r => r.Date.After));
    }

    private static StoryRow Read(DbDataReader reader) => new(reader.Id("id"), reader.Date("date"), reader.Ids("inner_ids"));
}
