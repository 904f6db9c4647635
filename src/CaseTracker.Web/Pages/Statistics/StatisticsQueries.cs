using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Proceedings;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CaseTracker.Web.Pages.Statistics;

/// <summary>Which records the numbers count: the visible cases, optionally of one country, and records whose date may fall in the period.</summary>
public sealed record StatisticsFilter(string? Country, PartialDate? From, PartialDate? To)
{
    public static StatisticsFilter Read(IQueryCollection query)
    {
        var country = query["country"].FirstOrDefault()?.Trim().ToUpperInvariant();
        PartialDate? Date(string name) => PartialDate.TryParse(query[name].FirstOrDefault(), out var date, out _) ? date : null;
        return new StatisticsFilter(country is { Length: 2 } && country.All(char.IsAsciiLetterUpper) ? country : null, Date("from"), Date("to"));
    }
}

public sealed record Count(Guid? Id, string Label, int Value);

/// <summary>
/// One institution's complaints. <c>Received</c> counts complaint records; <c>ComplaintsStoodFor</c> the
/// complaints they stand for (a record of "64 complaints" counts 64, <see cref="Complaint.CountedFilings"/>),
/// of which <c>EstimatedFilings</c> records give their number as "about", "at least" or "up to".
/// </summary>
public sealed record InstitutionFigures(
    Guid InstitutionId,
    string Institution,
    int Received,
    int ComplaintsStoodFor,
    int EstimatedFilings,
    int Answered,
    double? MedianDaysToFirstResponse,
    int OverdueAndSilent,
    int PastDueNoNews,
    int? LongestSilenceDays,
    IReadOnlyList<Count> Outcomes)
{
    public double AnsweredShare => Received == 0 ? 0 : (double)Answered / Received;

    public double OverdueShare => Received == 0 ? 0 : (double)OverdueAndSilent / Received;
}

/// <summary>What one institution did on its own (institutional acts), in all and by kind.</summary>
public sealed record InstitutionActs(Guid InstitutionId, string Institution, int Acts, IReadOnlyList<Count> Kinds);

/// <summary>
/// The proceedings one institution conducts: how many, how many are still open (open, in court or
/// suspended) and since how long at least, how many were closed without a ruling, and the median days
/// from the first step to the one that ended it, only where both are exact days (<see cref="ProceedingStates"/>).
/// </summary>
public sealed record InstitutionProceedings(Guid InstitutionId, string Institution, int Proceedings, int StillOpen, int ClosedWithoutResult, double? MedianDaysToEnd, int? LongestOpenAtLeastDays);

/// <summary>
/// A year's incidents as records and as people: the named victims plus the groups as the sources count
/// them (<see cref="Domain.Groups.GroupCount.PeopleWith"/>); <c>EstimatedCounts</c> incidents gave an
/// "at least", "about" or "up to" figure, so the sum is no more exact than they are.
/// </summary>
public sealed record YearPeople(int Year, int Incidents, int People, int EstimatedCounts);

public sealed record StatisticsFigures(
    IReadOnlyList<Count> IncidentsByYear,
    IReadOnlyList<YearPeople> PeopleByYear,
    IReadOnlyList<Count> IncidentsByType,
    IReadOnlyList<Count> IncidentsByPerpetratorType,
    IReadOnlyList<InstitutionFigures> Institutions,
    IReadOnlyList<InstitutionActs> ActsByInstitution,
    IReadOnlyList<InstitutionProceedings> ProceedingsByInstitution);

/// <summary>
/// The statistics, counted live in one round trip from the records the reader may see (ADR 17). An
/// incident counts in the year of its earliest possible day; each complaint by the case page's rules:
/// its status, its first and latest response, days to the first response only between exact days, and
/// its silence from the latest possible filing day to the day the sources support (SilenceReckoning).
/// </summary>
public sealed class StatisticsQueries(CaseTrackerDbContext db, ReplicaReads replicas)
{
    /// <summary>
    /// The counted records and, per complaint, its state by the case page's rule (ComplaintStateSql),
    /// its first and latest response in the case page's date order (PartialDateSql) and the days to the
    /// first response when both dates are exact days.
    /// </summary>
    private static readonly string Records = $$"""
        WITH visible AS (SELECT v.id FROM ({{CaseAccessSql.VisibleCases}}) v WHERE @country::text IS NULL OR v.country_code = @country),
        inc AS (
          SELECT i.id, {{PartialDateSql.SortDay("i.date")}} AS sort_day,
                 {{GroupCountSql.PeopleWith("i.victim_group", "(SELECT count(*) FROM incident_victims n WHERE n.incident_id = i.id)::int")}} AS people,
                 {{GroupCountSql.IsEstimate("i.victim_group")}} AS estimate
          FROM incidents i JOIN visible v ON v.id = i.case_id
          WHERE i.archived_at IS NULL AND {{PartialDateSql.MayFallWithin("i.date")}}
        ),
        comp AS (
          SELECT k.id, k.case_id, k.institution_id, {{PartialDateSql.Columns("k.filed_on")}}, k.reply_due_on, k.closed_on, k.no_reply_known_on,
                 {{ComplaintStateSql.Filings("k")}} AS filings, {{ComplaintStateSql.FilingsEstimate("k")}} AS filings_estimate
          FROM complaints k
          WHERE k.archived_at IS NULL AND {{PartialDateSql.MayFallWithin("k.filed_on")}}
            AND ({{ComplaintCasesSql.SeenThrough("k", "visible")}})
        ),
        resp AS (
          SELECT r.id, r.complaint_id, {{PartialDateSql.Columns("r.date")}}, r.outcome_id,
                 row_number() OVER (PARTITION BY r.complaint_id ORDER BY {{PartialDateSql.Order("r.date")}}, r.id) AS first_rank,
                 row_number() OVER (PARTITION BY r.complaint_id ORDER BY {{PartialDateSql.Order("r.date", descending: true)}}, r.id DESC) AS last_rank
          FROM institutional_responses r JOIN comp ON comp.id = r.complaint_id
          WHERE r.archived_at IS NULL
        ),
        complaint_state AS (
          SELECT comp.id, comp.institution_id, comp.filings, comp.filings_estimate,
                 {{ComplaintStateSql.Status("comp", "first.id", "counted.day")}} AS status,
                 first.id AS first_response_id,
                 {{PartialDateSql.ExactDaysBetween("comp.filed_on", "first.date")}} AS days_to_first_response,
                 latest.outcome_id AS latest_outcome_id,
                 {{ComplaintStateSql.DaysOfSilence("comp", "counted.day")}} AS days_of_silence
          FROM comp
          CROSS JOIN LATERAL (SELECT {{ComplaintStateSql.KnownAsOf("comp", ComplaintStateSql.NewestSourceDay("comp"))}} AS day) known
          CROSS JOIN LATERAL (SELECT {{ComplaintStateSql.CountedTo("known.day")}} AS day) counted
          LEFT JOIN resp first ON first.complaint_id = comp.id AND first.first_rank = 1
          LEFT JOIN resp latest ON latest.complaint_id = comp.id AND latest.last_rank = 1
        )

        """;

    private static readonly string Statements = Records + """
        SELECT extract(year FROM sort_day)::int AS year, count(*)::int AS incidents, sum(people)::int AS people,
               count(*) FILTER (WHERE estimate)::int AS estimated
        FROM inc GROUP BY 1 ORDER BY 1;
        """ + Records + """
        SELECT t.term_id, count(*)::int AS incidents FROM inc JOIN incident_types t ON t.incident_id = inc.id GROUP BY 1 ORDER BY 2 DESC, 1;
        """ + Records + """
        SELECT ip.perpetrator_type_id AS term_id, count(DISTINCT inc.id)::int AS incidents FROM inc JOIN incident_perpetrators ip ON ip.incident_id = inc.id
        WHERE ip.perpetrator_type_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1;
        """ + Records + $"""
        SELECT institution_id, count(*)::int AS received, sum(filings)::int AS stood_for, count(*) FILTER (WHERE filings_estimate)::int AS estimated_filings,
               count(first_response_id)::int AS answered,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_first_response) AS median_days_to_first_response,
               count(*) FILTER (WHERE status = '{ComplaintStatus.Overdue}')::int AS overdue,
               count(*) FILTER (WHERE status = '{ComplaintStatus.NoNewsSinceDue}')::int AS no_news,
               max(days_of_silence) FILTER (WHERE status = '{ComplaintStatus.Overdue}') AS longest_silence
        FROM complaint_state
        GROUP BY 1 ORDER BY 2 DESC, 1;
        """ + Records + """
        SELECT institution_id, latest_outcome_id, count(*)::int AS complaints FROM complaint_state
        WHERE latest_outcome_id IS NOT NULL
        GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2;
        """ + $$"""
        WITH visible AS (SELECT v.id FROM ({{CaseAccessSql.VisibleCases}}) v WHERE @country::text IS NULL OR v.country_code = @country)
        SELECT a.institution_id, a.kind_id, count(*)::int AS acts
        FROM institutional_acts a JOIN visible v ON v.id = a.case_id
        WHERE a.archived_at IS NULL AND {{PartialDateSql.MayFallWithin("a.date")}}
        GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2;
        """ + $$"""
        WITH visible AS (SELECT v.id FROM ({{CaseAccessSql.VisibleCases}}) v WHERE @country::text IS NULL OR v.country_code = @country),
        counted AS (
          SELECT p.id, p.conducted_by_id FROM proceedings p JOIN visible v ON v.id = p.case_id
          WHERE p.archived_at IS NULL
            AND ((@from::date IS NULL AND @to::date IS NULL) OR EXISTS (
              SELECT 1 FROM proceeding_steps s WHERE s.proceeding_id = p.id AND s.archived_at IS NULL AND {{PartialDateSql.MayFallWithin("s.date")}}))
        )
        SELECT c.id AS proceeding_id, c.conducted_by_id, s.id AS step_id, t.code AS kind_code, {{PartialDateSql.Columns("s.date")}}
        FROM counted c
        LEFT JOIN proceeding_steps s ON s.proceeding_id = c.id AND s.archived_at IS NULL
        LEFT JOIN vocabulary_terms t ON t.id = s.kind_id
        ORDER BY c.id;
        """;

    /// <summary>The figures, counted on a replica when there are any (<see cref="ReplicaReads"/>).</summary>
    public Task<StatisticsFigures> LoadAsync(StatisticsFilter filter, CaseReader caseReader, SilenceReckoning reading, StatisticsLabels names, CancellationToken cancellationToken) =>
        replicas.ReadAsync(db, connection => CountOnAsync(connection, filter, caseReader, reading, names, cancellationToken), cancellationToken);

    private static async Task<StatisticsFigures> CountOnAsync(NpgsqlConnection connection, StatisticsFilter filter, CaseReader caseReader, SilenceReckoning reading, StatisticsLabels names, CancellationToken cancellationToken)
    {
        var (labels, institutions) = (names.Terms, names.Institutions);
        await using var command = new NpgsqlCommand(Statements, connection);
        CaseAccessSql.AddParameters(command.Parameters, caseReader);
        command.Parameters.AddWithValue("country", NpgsqlDbType.Text, (object?)filter.Country ?? DBNull.Value);
        command.Parameters.AddWithValue("from", NpgsqlDbType.Date, (object?)filter.From?.Earliest ?? DBNull.Value);
        command.Parameters.AddWithValue("to", NpgsqlDbType.Date, (object?)filter.To?.Latest ?? DBNull.Value);
        command.Parameters.AddWithValue("today", NpgsqlDbType.Date, reading.Today);
        command.Parameters.AddWithValue("recent_days", NpgsqlDbType.Integer, reading.RecentDays);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var counted = new Dictionary<int, YearPeople>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var year = reader.Number("year");
            counted[year] = new YearPeople(year, reader.Number("incidents"), reader.Number("people"), reader.Number("estimated"));
        }

        // A year without incidents between two with some is a finding too ("nothing in 2020"), so it is listed with zeros.
        var peopleByYear = counted.Count == 0
            ? []
            : Enumerable.Range(counted.Keys.Min(), counted.Keys.Max() - counted.Keys.Min() + 1).Select(y => counted.GetValueOrDefault(y) ?? new YearPeople(y, 0, 0, 0)).ToList();
        var byYear = peopleByYear.Select(y => new Count(null, y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Incidents)).ToList();

        var byType = await TermCountsAsync(reader, labels, cancellationToken);
        var byPerpetrator = await TermCountsAsync(reader, labels, cancellationToken);

        await reader.NextResultAsync(cancellationToken);
        var rows = new List<(Guid Id, int Received, int StoodFor, int Estimated, int Answered, double? Median, int Overdue, int NoNews, int? Longest)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.Id("institution_id"), reader.Number("received"), reader.Number("stood_for"), reader.Number("estimated_filings"), reader.Number("answered"), reader.OptionalReal("median_days_to_first_response"),
                reader.Number("overdue"), reader.Number("no_news"), reader.OptionalNumber("longest_silence")));
        }

        await reader.NextResultAsync(cancellationToken);
        var outcomes = new List<(Guid Institution, Guid Outcome, int Count)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            outcomes.Add((reader.Id("institution_id"), reader.Id("latest_outcome_id"), reader.Number("complaints")));
        }

        var figures = rows.Select(r => new InstitutionFigures(r.Id, institutions.GetValueOrDefault(r.Id, "?"), r.Received, r.StoodFor, r.Estimated, r.Answered, r.Median, r.Overdue, r.NoNews, r.Longest,
            outcomes.Where(o => o.Institution == r.Id).Select(o => new Count(o.Outcome, labels.GetValueOrDefault(o.Outcome, "?"), o.Count)).ToList())).ToList();
        await reader.NextResultAsync(cancellationToken);
        var acts = new List<(Guid Institution, Guid Kind, int Count)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            acts.Add((reader.Id("institution_id"), reader.Id("kind_id"), reader.Number("acts")));
        }

        var actsByInstitution = acts.GroupBy(a => a.Institution)
            .Select(g => new InstitutionActs(g.Key, institutions.GetValueOrDefault(g.Key, "?"), g.Sum(a => a.Count),
                g.Select(a => new Count(a.Kind, labels.GetValueOrDefault(a.Kind, "?"), a.Count)).ToList()))
            .OrderByDescending(i => i.Acts).ThenBy(i => i.Institution, StringComparer.CurrentCulture).ToList();
        await reader.NextResultAsync(cancellationToken);
        var steps = new List<(Guid Proceeding, Guid Institution, Guid? Step, string? Code, PartialDate? Date)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var step = reader.OptionalId("step_id");
            steps.Add((reader.Id("proceeding_id"), reader.Id("conducted_by_id"), step, reader.OptionalText("kind_code"), step is null ? null : reader.Date("date")));
        }

        var proceedings = ProceedingFigures(steps, institutions, reading.Today);
        return new StatisticsFigures(byYear, peopleByYear, byType, byPerpetrator, figures, actsByInstitution, proceedings);
    }

    /// <summary>Each proceeding's standing by the case page's rule (<see cref="ProceedingStates.Of"/>), summed per institution.</summary>
    private static List<InstitutionProceedings> ProceedingFigures(
        List<(Guid Proceeding, Guid Institution, Guid? Step, string? Code, PartialDate? Date)> rows, IReadOnlyDictionary<Guid, string> institutions, DateOnly today)
    {
        var each = rows.GroupBy(r => (r.Proceeding, r.Institution)).Select(g =>
        {
            // The case page's order: by date, then each step said to come after another placed after it.
            var ordered = StoryOrder.Apply(g.Where(r => r.Step is not null).OrderBy(r => r.Date).ThenBy(r => r.Step).ToList(), r => r.Step!.Value, r => r.Date!.After);
            var standing = ProceedingStates.Of(ordered.Select(r => (r.Code!, r.Date!)), today);
            var ended = standing.State is ProceedingState.Closed or ProceedingState.Decided;
            var first = ordered.FirstOrDefault().Date;
            int? daysToEnd = ended && first is not null ? first.ExactDaysUntil(standing.Since!) : null;
            int? openFor = !ended && first is { OpenEnd: false } start && start.Latest <= today ? today.DayNumber - start.Latest.DayNumber : null;
            return (g.Key.Institution, Open: standing.State is ProceedingState.Open or ProceedingState.InCourt or ProceedingState.Suspended, standing.ClosedWithoutResult, DaysToEnd: daysToEnd, OpenFor: openFor);
        });
        return each.GroupBy(p => p.Institution)
            .Select(g => new InstitutionProceedings(g.Key, institutions.GetValueOrDefault(g.Key, "?"), g.Count(), g.Count(p => p.Open), g.Count(p => p.ClosedWithoutResult),
                Median(g.Select(p => p.DaysToEnd).OfType<int>().ToList()), g.Select(p => p.OpenFor).Max()))
            .OrderByDescending(p => p.Proceedings).ThenBy(p => p.Institution, StringComparer.CurrentCulture).ToList();
    }

    private static double? Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    }

    private static async Task<List<Count>> TermCountsAsync(NpgsqlDataReader reader, IReadOnlyDictionary<Guid, string> labels, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        var counts = new List<Count>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.Id("term_id");
            counts.Add(new Count(id, labels.GetValueOrDefault(id, "?"), reader.Number("incidents")));
        }

        return counts;
    }
}
