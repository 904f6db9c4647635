using System.Data.Common;
using System.Text.Json.Serialization;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Timeline;

namespace CaseTracker.Web.Pages.Responses;

/// <summary>
/// The one read shape of an institution's response (STYLE 15), read with its complaint
/// (<see cref="Complaints.ComplaintView"/>) by the case page, the timeline, the exports and the API.
/// </summary>
public sealed record ResponseView(
    Guid Id,
    Guid ComplaintId,
    PartialDate Date,
    [property: JsonIgnore] Guid OutcomeId,
    string? Summary,
    bool Archived,
    IReadOnlyList<Guid> SourceIds,
    Guid? FromInstitutionId,
    Guid? ForwardedToInstitutionId,
    bool ForwardedToBodyComplainedAbout)
{
    /// <summary>The SELECT for responses (alias r) with their complaint (alias c); the caller adds WHERE.</summary>
    internal static readonly string Sql = $$"""
        select r.id, r.complaint_id, {{PartialDateSql.Columns("r.date")}}, r.outcome_id, r.summary,
               r.archived_at is not null as archived, r.from_institution_id, r.forwarded_to_institution_id, r.forwarded_to_body_complained_about,
               array(select s.source_id from response_sources s where s.response_id = r.id order by s.source_id) as source_ids
        from institutional_responses r
        join complaints c on c.id = r.complaint_id
        """;

    /// <summary>The outcome in the reader's language.</summary>
    public string Outcome { get; init; } = "";

    /// <summary>The name of the institution that answered when it is not the addressee (the complaint was forwarded there).</summary>
    public string? From { get; init; }

    /// <summary>The name of the institution the response says the complaint was forwarded to.</summary>
    public string? ForwardedTo { get; init; }

    /// <summary>Days from the filing to this response, only when both are exact days.</summary>
    public int? DaysAfterFiling { get; init; }

    /// <summary>How the timeline reads a case's responses: their entries are written with their complaint's (<see cref="Complaints.ComplaintView.Timeline"/>).</summary>
    internal static TimelineSource<ResponseView> Timeline { get; } = new()
    {
        Statement = $"{Sql} where {Complaints.ComplaintView.OfCase} and (@archived or (c.archived_at is null and r.archived_at is null))",
        InstitutionsSql = $"""
            select unnest(array[r.from_institution_id, r.forwarded_to_institution_id])
            from institutional_responses r join complaints c on c.id = r.complaint_id where {Complaints.ComplaintView.OfCase}
            """,
        Read = Read,
        Entries = (_, _) => [],
    };

    internal static ResponseView Read(DbDataReader reader) => new(
        reader.Id("id"),
        reader.Id("complaint_id"),
        reader.Date("date"),
        reader.Id("outcome_id"),
        reader.OptionalText("summary"),
        reader.Flag("archived"),
        reader.Ids("source_ids"),
        reader.OptionalId("from_institution_id"),
        reader.OptionalId("forwarded_to_institution_id"),
        reader.Flag("forwarded_to_body_complained_about"));
}
