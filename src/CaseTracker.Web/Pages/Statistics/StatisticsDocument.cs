using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>The statistics page's filters as the API declares them; read leniently, as the page reads them.</summary>
public sealed class StatisticsParameters
{
    [FromQuery(Name = "country"), Description("Two-letter ISO country code of the cases counted")]
    public string? Country { get; init; }

    [FromQuery(Name = "from"), Description("Records that may fall on or after this date (2019, June 2019, 2019-06-10)")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("Records that may fall on or before this date")]
    public string? To { get; init; }

    [FromQuery(Name = "countNow"), Description("Count now even where a kept count would be served (slow on a very large database)")]
    public bool? CountNow { get; init; }

    public StatisticsFilter ToFilter() => StatisticsFilter.Read(new QueryCollection(new Dictionary<string, StringValues>
    {
        ["country"] = Country,
        ["from"] = From,
        ["to"] = To,
    }));
}

/// <summary>
/// The statistics of the cases the caller may see, counted on <c>countedOn</c> with the filters applied;
/// <c>countedAt</c> says when, which on a very large database may be minutes ago (<c>live</c> false, ADR 17).
/// </summary>
public sealed record StatisticsDocument(
    DateOnly CountedOn,
    DateTimeOffset CountedAt,
    bool Live,
    string? Country,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<YearCount> IncidentsByYear,
    IReadOnlyList<YearPeople> PeopleByYear,
    IReadOnlyList<TypeCount> IncidentsByType,
    IReadOnlyList<PerpetratorTypeCount> IncidentsByPerpetratorType,
    IReadOnlyList<InstitutionDocument> Institutions,
    IReadOnlyList<InstitutionActsDocument> ActsByInstitution,
    IReadOnlyList<InstitutionProceedings> ProceedingsByInstitution)
{
    public static StatisticsDocument Of(StatisticsFilter filter, CountedStatistics counted) => Of(filter, counted.CountedOn, counted.CountedAt, counted.Live, counted.Figures);

    private static StatisticsDocument Of(StatisticsFilter filter, DateOnly countedOn, DateTimeOffset countedAt, bool live, StatisticsFigures figures) => new(
        countedOn,
        countedAt,
        live,
        filter.Country,
        filter.From?.Earliest,
        filter.To?.Latest,
        figures.IncidentsByYear.Select(c => new YearCount(int.Parse(c.Label, CultureInfo.InvariantCulture), c.Value)).ToList(),
        figures.PeopleByYear,
        figures.IncidentsByType.Select(c => new TypeCount(c.Id, c.Label, c.Value)).ToList(),
        figures.IncidentsByPerpetratorType.Select(c => new PerpetratorTypeCount(c.Id, c.Label, c.Value)).ToList(),
        figures.Institutions.Select(InstitutionDocument.From).ToList(),
        figures.ActsByInstitution.Select(a => new InstitutionActsDocument(a.InstitutionId, a.Institution, a.Acts, a.Kinds.Select(k => new ActKindCount(k.Id, k.Label, k.Value)).ToList())).ToList(),
        figures.ProceedingsByInstitution);
}

public sealed record YearCount(int Year, int Incidents);

public sealed record TypeCount(Guid? TypeId, string Type, int Incidents);

public sealed record PerpetratorTypeCount(Guid? PerpetratorTypeId, string PerpetratorType, int Incidents);

public sealed record ActKindCount(Guid? KindId, string Kind, int Acts);

/// <summary>What one institution did on its own (institutional acts, not replies to complaints), in all and by kind.</summary>
public sealed record InstitutionActsDocument(Guid InstitutionId, string Institution, int Acts, IReadOnlyList<ActKindCount> Kinds);

public sealed record OutcomeCount(Guid? OutcomeId, string Outcome, int Complaints);

/// <summary>
/// One institution's record with the complaints it received: how many were answered, the median days to
/// the first response (only where both dates are exact days), how many are known overdue and unanswered,
/// the longest such silence (only as far as the sources go), how many passed their due date after the
/// last news of them (nobody knows whether a reply came), and the latest outcome of each answered complaint.
/// <c>ComplaintsReceived</c> counts records; <c>ComplaintsStoodFor</c> the complaints they stand for (a
/// record of "64 complaints" counts 64), of which <c>EstimatedFilings</c> records gave a number that is not exact.
/// </summary>
public sealed record InstitutionDocument(
    Guid InstitutionId,
    string Institution,
    int ComplaintsReceived,
    int ComplaintsStoodFor,
    int EstimatedFilings,
    int Answered,
    double AnsweredShare,
    double? MedianDaysToFirstResponse,
    int OverdueAndSilent,
    double OverdueShare,
    int PastDueNoNews,
    int? LongestSilenceDays,
    IReadOnlyList<OutcomeCount> LatestOutcomes)
{
    public static InstitutionDocument From(InstitutionFigures i) => new(
        i.InstitutionId, i.Institution, i.Received, i.ComplaintsStoodFor, i.EstimatedFilings, i.Answered, Math.Round(i.AnsweredShare, 4), i.MedianDaysToFirstResponse, i.OverdueAndSilent,
        Math.Round(i.OverdueShare, 4), i.PastDueNoNews, i.LongestSilenceDays, i.Outcomes.Select(o => new OutcomeCount(o.Id, o.Label, o.Value)).ToList());
}
