using System.Security.Claims;
using CaseTracker.Domain.Dates;
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

public sealed record InstitutionFigures(
    Guid InstitutionId,
    string Institution,
    int Received,
    int Answered,
    double? MedianDaysToFirstResponse,
    int OverdueAndSilent,
    int? LongestSilenceDays,
    IReadOnlyList<Count> Outcomes)
{
    public double AnsweredShare => Received == 0 ? 0 : (double)Answered / Received;

    public double OverdueShare => Received == 0 ? 0 : (double)OverdueAndSilent / Received;
}

public sealed record StatisticsFigures(
    IReadOnlyList<Count> IncidentsByYear,
    IReadOnlyList<Count> IncidentsByType,
    IReadOnlyList<Count> IncidentsByPerpetratorType,
    IReadOnlyList<InstitutionFigures> Institutions);

/// <summary>
/// The statistics, counted live in one round trip from the records the reader may see (ADR 17). An
/// incident counts in the year of its earliest possible day; days to the first response only where
/// both dates are exact days; "overdue and silent" is past its due date, unanswered and not closed, and
/// its silence counts from the latest possible filing day to today, as on the case page.
/// </summary>
public sealed class StatisticsQueries(CaseTrackerDbContext db)
{
    private const string Records = $$"""
        WITH visible AS (SELECT v.id FROM ({{CaseAccessSql.VisibleCases}}) v WHERE @country::text IS NULL OR v.country_code = @country),
        inc AS (
          SELECT i.id, i.date_earliest FROM incidents i JOIN visible v ON v.id = i.case_id
          WHERE i.archived_at IS NULL AND (@from::date IS NULL OR i.date_latest >= @from) AND (@to::date IS NULL OR i.date_earliest <= @to)
        ),
        comp AS (
          SELECT k.id, k.institution_id, k.filed_on_earliest, k.filed_on_latest, k.filed_on_precision, k.filed_on_approximate, k.reply_due_on, k.closed_on
          FROM complaints k JOIN visible v ON v.id = k.case_id
          WHERE k.archived_at IS NULL AND (@from::date IS NULL OR k.filed_on_latest >= @from) AND (@to::date IS NULL OR k.filed_on_earliest <= @to)
        ),
        resp AS (
          SELECT r.id, r.complaint_id, r.date_earliest, r.date_precision, r.date_approximate, r.outcome_id,
                 row_number() OVER (PARTITION BY r.complaint_id ORDER BY r.date_earliest, r.date_latest, r.id) AS first_rank,
                 row_number() OVER (PARTITION BY r.complaint_id ORDER BY r.date_earliest DESC, r.date_latest DESC, r.id DESC) AS last_rank
          FROM institutional_responses r JOIN comp ON comp.id = r.complaint_id
          WHERE r.archived_at IS NULL
        )

        """;

    private const string Statements = Records + """
        SELECT extract(year FROM date_earliest)::int, count(*)::int FROM inc GROUP BY 1 ORDER BY 1;
        """ + Records + """
        SELECT t.term_id, count(*)::int FROM inc JOIN incident_types t ON t.incident_id = inc.id GROUP BY 1 ORDER BY 2 DESC, 1;
        """ + Records + """
        SELECT ip.perpetrator_type_id, count(DISTINCT inc.id)::int FROM inc JOIN incident_perpetrators ip ON ip.incident_id = inc.id
        WHERE ip.perpetrator_type_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1;
        """ + Records + """
        SELECT comp.institution_id, count(*)::int,
               count(first.id)::int,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY first.date_earliest - comp.filed_on_earliest) FILTER (
                 WHERE first.date_precision = 'Day' AND NOT first.date_approximate AND comp.filed_on_precision = 'Day' AND NOT comp.filed_on_approximate),
               count(*) FILTER (WHERE first.id IS NULL AND comp.closed_on IS NULL AND comp.reply_due_on < @today)::int,
               max(@today - comp.filed_on_latest) FILTER (WHERE first.id IS NULL AND comp.closed_on IS NULL AND comp.reply_due_on < @today)
        FROM comp LEFT JOIN resp first ON first.complaint_id = comp.id AND first.first_rank = 1
        GROUP BY 1 ORDER BY 2 DESC, 1;
        """ + Records + """
        SELECT comp.institution_id, last.outcome_id, count(*)::int FROM comp JOIN resp last ON last.complaint_id = comp.id AND last.last_rank = 1
        GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2;
        """;

    public async Task<StatisticsFigures> LoadAsync(StatisticsFilter filter, ClaimsPrincipal user, DateOnly today, System.Globalization.CultureInfo culture, CancellationToken cancellationToken)
    {
        var labels = await db.VocabularyTerms.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.LabelFor(culture), cancellationToken);
        var institutions = await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        await using var raw = await RawConnection.OpenAsync(db, cancellationToken);
        var connection = raw.Connection;
        await using var command = new NpgsqlCommand(Statements, connection);
        CaseAccessSql.AddParameters(command.Parameters, user);
        command.Parameters.AddWithValue("country", NpgsqlDbType.Text, (object?)filter.Country ?? DBNull.Value);
        command.Parameters.AddWithValue("from", NpgsqlDbType.Date, (object?)filter.From?.Earliest ?? DBNull.Value);
        command.Parameters.AddWithValue("to", NpgsqlDbType.Date, (object?)filter.To?.Latest ?? DBNull.Value);
        command.Parameters.AddWithValue("today", NpgsqlDbType.Date, today);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var byYear = new List<Count>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var year = reader.GetInt32(0);
            byYear.Add(new Count(null, year.ToString(System.Globalization.CultureInfo.InvariantCulture), reader.GetInt32(1)));
        }

        var byType = await TermCountsAsync(reader, labels, cancellationToken);
        var byPerpetrator = await TermCountsAsync(reader, labels, cancellationToken);

        await reader.NextResultAsync(cancellationToken);
        var rows = new List<(Guid Id, int Received, int Answered, double? Median, int Overdue, int? Longest)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetGuid(0), reader.GetInt32(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetDouble(3), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5)));
        }

        await reader.NextResultAsync(cancellationToken);
        var outcomes = new List<(Guid Institution, Guid Outcome, int Count)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            outcomes.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetInt32(2)));
        }

        var figures = rows.Select(r => new InstitutionFigures(r.Id, institutions.GetValueOrDefault(r.Id, "?"), r.Received, r.Answered, r.Median, r.Overdue, r.Longest,
            outcomes.Where(o => o.Institution == r.Id).Select(o => new Count(o.Outcome, labels.GetValueOrDefault(o.Outcome, "?"), o.Count)).ToList())).ToList();
        return new StatisticsFigures(byYear, byType, byPerpetrator, figures);
    }

    private static async Task<List<Count>> TermCountsAsync(NpgsqlDataReader reader, IReadOnlyDictionary<Guid, string> labels, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        var counts = new List<Count>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            counts.Add(new Count(id, labels.GetValueOrDefault(id, "?"), reader.GetInt32(1)));
        }

        return counts;
    }
}
