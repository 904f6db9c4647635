using System.Data.Common;
using System.Security.Claims;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Data;
using CaseTracker.Web.Data.Configurations;
using CaseTracker.Web.Security;
using Npgsql;
using NpgsqlTypes;

namespace CaseTracker.Web.Pages.Search;

public enum SearchHitKind
{
    Case,
    Person,
    Incident,
    Complaint,
    Response,
    Act,
    Proceeding,
    Step,
}

public sealed record SearchHit(SearchHitKind Kind, Guid Id, Guid? CaseId, string? CaseReference, string Title, PartialDate? Date, double Score)
{
    public SearchCursor Cursor => new(Score, Id);
}

/// <summary>One page of hits, and how many there are up to <paramref name="Cap"/> (more shows as "more than 200").</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Count, SearchCursor? Next, int Cap = SearchRows.CountCap)
{
    public bool CountCapped => Count > Cap;
}

/// <summary>
/// Search over cases, people, incidents, complaints, responses, institutions' acts, proceedings and their steps in one round trip (ADR 15): PostgreSQL
/// full text (websearch syntax) over each table's search_document column (SearchColumns), trigram similarity
/// over folded names, the filters, the same visibility rule as <see cref="CaseAccess"/>, keyset paging on
/// (score, id) and a capped count. The text expressions match the migration's indexes exactly.
/// </summary>
public sealed class SearchRows(CaseTrackerDbContext db, IConfiguration configuration)
{
    /// <summary>
    /// The hits a page can reach and count: past 200 the page says "more than 200" and the reader narrows
    /// the search. Ranking 1,001 candidates per kind cost a word in a fifth of a million incidents some
    /// 30-55 ms of database time per request; 201 cost 8 (issue 17, ADR 15).
    /// </summary>
    public const int CountCap = 200;

    /// <summary>The hits the CSV export takes, ranked among as many candidates per kind.</summary>
    public const int ExportCap = 1000;

    /// <summary>PostgreSQL's code for a statement cancelled by <c>statement_timeout</c>.</summary>
    private const string QueryCanceled = "57014";

    /// <summary>Word similarity from which a name counts as a match: lets one or two wrong letters through.</summary>
    private const string NameThreshold = "0.4";

    /// <summary>The case <c>v</c> is one the reader may see and passes the case filters: a condition on each candidate's case, looked up by its key.</summary>
    private static readonly string Visible = $"""
        {CaseAccessSql.MaySeeCase("v")}
        AND (@country::text IS NULL OR v.country_code = @country) AND (@status::text IS NULL OR v.status = @status)
        """;

    private static readonly string WithText = Hits(text: true);
    private static readonly string WithoutText = Hits(text: false);

    /// <summary>
    /// The hits, as one UNION ALL over each kind of record. With words, each kind matches its search_document
    /// against the query written out in place (not read from a CTE), so PostgreSQL can use the GIN index for a
    /// rare word and a plain scan that stops early for a word in most rows; without words there is no text
    /// condition at all. Each kind gives at most @candidates rows, newest id first when
    /// nothing is ranked.
    /// </summary>
    private static string Hits(bool text)
    {
        var query = SearchColumns.QuerySql("@text::text");
        string Match(string alias) => text ? $"AND {alias}.search_document @@ {query}" : "";
        string Score(string alias) => text ? $"ts_rank_cd({alias}.search_document, {query})::float8" : "0::float8";
        // Each kind is first narrowed by its words alone, behind a fence (OFFSET 0), and only then joined to
        // the visible cases: a prefix query's selectivity is a guess, and with the join in view PostgreSQL
        // chose to read every record of every visible case and test its words (on a million rows, 2.5 s for
        // a word found nowhere) instead of asking the GIN index. SearchPlanTests holds this.
        string Matching(string table, string alias) => text ? $"(SELECT * FROM {table} {alias} WHERE TRUE {Match(alias)} OFFSET 0) {alias}" : $"{table} {alias}";
        // The most rows each kind contributes (@candidates, one more than the count shows): ranking is done on
        // these only, since a word in most rows would otherwise have every match ranked before the first 20
        // are taken (3.5 s on a million incidents, issue 17). With more matches the hits shown are the
        // best-ranked of the first ones the index found.
        string Take(string alias) => text ? "LIMIT @candidates" : $"ORDER BY {alias}.id DESC LIMIT @candidates";
        var people = text
            ? $$"""
              UNION ALL
              (SELECT 'Person', p.id, NULL::uuid, p.name, {{PartialDateSql.NullColumns("date")}}, word_similarity(ct_fold(@text), p.name_key)::float8
               FROM persons p
               WHERE NOT @incidents_only AND NOT @dated_only AND ct_fold(@text) <% p.name_key
                 AND EXISTS (SELECT 1 FROM case_participants cp JOIN cases v ON v.id = cp.case_id AND {{Visible}} WHERE cp.person_id = p.id)
               LIMIT @candidates)
              """
            : "";
        return $$"""
            WITH hits AS (
              (SELECT 'Case' AS kind, c.id, c.id AS case_id, c.title,
                     {{PartialDateSql.NullColumns("date")}},
                     {{Score("c")}} AS score
               FROM {{Matching("cases", "c")}} JOIN cases v ON v.id = c.id AND {{Visible}}
               WHERE NOT @incidents_only AND NOT @dated_only
               {{Take("c")}})
              {{people}}
              UNION ALL
              (SELECT 'Incident', i.id, i.case_id, i.title, {{PartialDateSql.Columns("i.date")}}, {{Score("i")}}
               FROM {{Matching("incidents", "i")}} JOIN cases v ON v.id = i.case_id AND {{Visible}}
               WHERE i.archived_at IS NULL
                 AND (@type::uuid IS NULL OR EXISTS (SELECT 1 FROM incident_types t WHERE t.incident_id = i.id AND t.term_id = @type))
                 AND (@perpetrator::uuid IS NULL OR EXISTS (SELECT 1 FROM incident_perpetrators ip WHERE ip.incident_id = i.id AND ip.perpetrator_type_id = @perpetrator))
                 AND (@institution::uuid IS NULL OR EXISTS (SELECT 1 FROM incident_perpetrators ip WHERE ip.incident_id = i.id AND ip.institution_id = @institution))
                 AND (@verification::text IS NULL OR i.verification = @verification)
                 AND {{PartialDateSql.MayFallWithin("i.date")}}
               {{Take("i")}})
              UNION ALL
              (SELECT 'Complaint', k.id, k.case_id, k.subject, {{PartialDateSql.Columns("k.filed_on")}}, {{Score("k")}}
               FROM {{Matching("complaints", "k")}} JOIN cases v ON v.id = k.case_id AND {{Visible}}
               WHERE NOT @incidents_only AND k.archived_at IS NULL
                 AND (@institution::uuid IS NULL OR k.institution_id = @institution)
                 AND {{PartialDateSql.MayFallWithin("k.filed_on")}}
               {{Take("k")}})
              UNION ALL
              (SELECT 'Response', r.id, k.case_id, k.subject, {{PartialDateSql.Columns("r.date")}}, {{Score("r")}}
               FROM {{Matching("institutional_responses", "r")}} JOIN complaints k ON k.id = r.complaint_id JOIN cases v ON v.id = k.case_id AND {{Visible}}
               WHERE NOT @incidents_only AND r.archived_at IS NULL AND k.archived_at IS NULL
                 AND (@institution::uuid IS NULL OR k.institution_id = @institution)
                 AND {{PartialDateSql.MayFallWithin("r.date")}}
               {{Take("r")}})
              UNION ALL
              (SELECT 'Act', a.id, a.case_id, ins.name, {{PartialDateSql.Columns("a.date")}}, {{Score("a")}}
               FROM {{Matching("institutional_acts", "a")}} JOIN institutions ins ON ins.id = a.institution_id JOIN cases v ON v.id = a.case_id AND {{Visible}}
               WHERE NOT @incidents_only AND a.archived_at IS NULL
                 AND (@institution::uuid IS NULL OR a.institution_id = @institution)
                 AND {{PartialDateSql.MayFallWithin("a.date")}}
               {{Take("a")}})
              UNION ALL
              (SELECT 'Proceeding', p.id, p.case_id, p.title, {{PartialDateSql.NullColumns("date")}}, {{Score("p")}}
               FROM {{Matching("proceedings", "p")}} JOIN cases v ON v.id = p.case_id AND {{Visible}}
               WHERE NOT @incidents_only AND NOT @dated_only AND p.archived_at IS NULL
                 AND (@institution::uuid IS NULL OR p.conducted_by_id = @institution)
               {{Take("p")}})
              UNION ALL
              (SELECT 'Step', s.id, p.case_id, p.title, {{PartialDateSql.Columns("s.date")}}, {{Score("s")}}
               FROM {{Matching("proceeding_steps", "s")}} JOIN proceedings p ON p.id = s.proceeding_id JOIN cases v ON v.id = p.case_id AND {{Visible}}
               WHERE NOT @incidents_only AND s.archived_at IS NULL AND p.archived_at IS NULL
                 AND (@institution::uuid IS NULL OR p.conducted_by_id = @institution OR s.court_id = @institution)
                 AND {{PartialDateSql.MayFallWithin("s.date")}}
               {{Take("s")}})
            )
            """;
    }

    public async Task<SearchResults> FindAsync(SearchCriteria criteria, ClaimsPrincipal user, int pageSize, CancellationToken cancellationToken)
    {
        await using var raw = await RawConnection.OpenAsync(db, cancellationToken);
        var connection = raw.Connection;
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT set_config('pg_trgm.word_similarity_threshold', '{NameThreshold}', false)"));

        // A ceiling for whatever input still makes a search slow: the database stops the statement (the
        // setting lasts only for this batch's transaction) and the reader is told to narrow the search.
        var timeout = Math.Max(1, configuration.GetValue("Search:TimeoutMilliseconds", 5000));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT set_config('statement_timeout', '{timeout}', true)"));

        // Planned for its own words every time, though prepared: a generic plan settled on after rare words
        // asks the GIN index for two common words too, and on a million incidents that took 300 ms where
        // a scan stopping at the first 201 matches takes a few (issue 17, ADR 15).
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)"));
        batch.BatchCommands.Add(PageCommand(criteria, user, pageSize));

        try
        {
            return await ReadAsync(batch, pageSize, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == QueryCanceled && !cancellationToken.IsCancellationRequested)
        {
            throw new SearchTooSlowException(ex);
        }
    }

    /// <summary>
    /// The statement of one page of hits and, on each row, their number up to "more than 1,000": the hits are
    /// found once for both (before, the count ran the whole search a second time). Also what SearchPlanTests explains.
    /// </summary>
    internal static NpgsqlBatchCommand PageCommand(SearchCriteria criteria, ClaimsPrincipal user, int pageSize)
    {
        var page = new NpgsqlBatchCommand((criteria.Text is null ? WithoutText : WithText) + $"""
            SELECT counted.total, h.kind, h.id, h.case_id, h.reference, h.title, {PartialDateSql.Columns("h.date")}, h.score
            FROM (SELECT least(count(*), @candidates)::int AS total FROM hits) counted
            LEFT JOIN LATERAL (
              SELECT h.*, v.reference FROM hits h LEFT JOIN cases v ON v.id = h.case_id
              WHERE @after_score::float8 IS NULL OR (h.score, h.id) < (@after_score, @after_id)
              ORDER BY h.score DESC, h.id DESC
              LIMIT @limit) h ON TRUE
            ORDER BY h.score DESC, h.id DESC
            """);
        AddParameters(page.Parameters, criteria, user);
        page.Parameters.AddWithValue("after_score", NpgsqlDbType.Double, (object?)criteria.After?.Score ?? DBNull.Value);
        page.Parameters.AddWithValue("after_id", NpgsqlDbType.Uuid, (object?)criteria.After?.Id ?? DBNull.Value);
        page.Parameters.AddWithValue("limit", pageSize + 1);
        page.Parameters.AddWithValue("candidates", CapFor(pageSize) + 1);
        return page;
    }

    private static async Task<SearchResults> ReadAsync(NpgsqlBatch batch, int pageSize, CancellationToken cancellationToken)
    {
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);

        // Past the three settings to the page.
        for (var skipped = 0; skipped < batch.BatchCommands.Count - 1; skipped++)
        {
            await reader.NextResultAsync(cancellationToken);
        }

        var hits = new List<SearchHit>();
        var total = 0;

        // One row at least, with the count; without hits on this page its other columns are empty.
        while (await reader.ReadAsync(cancellationToken))
        {
            total = reader.Number("total");
            if (reader.OptionalText("kind") is not null)
            {
                hits.Add(Read(reader));
            }
        }

        var next = hits.Count > pageSize ? hits[pageSize - 1].Cursor : null;
        return new SearchResults(hits.Take(pageSize).ToList(), total, next, CapFor(pageSize));
    }

    /// <summary>How many hits a request of that size may reach: a page <see cref="CountCap"/>, the export its own size.</summary>
    private static int CapFor(int pageSize) => Math.Max(CountCap, pageSize);

    private static void AddParameters(NpgsqlParameterCollection parameters, SearchCriteria criteria, ClaimsPrincipal user)
    {
        CaseAccessSql.AddParameters(parameters, user);
        parameters.AddWithValue("country", NpgsqlDbType.Text, (object?)criteria.Country ?? DBNull.Value);
        parameters.AddWithValue("status", NpgsqlDbType.Text, (object?)criteria.CaseStatus?.ToString() ?? DBNull.Value);
        parameters.AddWithValue("text", NpgsqlDbType.Text, (object?)criteria.Text ?? DBNull.Value);
        parameters.AddWithValue("incidents_only", criteria.IncidentsOnly);
        parameters.AddWithValue("dated_only", criteria.DatedOnly);
        parameters.AddWithValue("type", NpgsqlDbType.Uuid, (object?)criteria.IncidentType ?? DBNull.Value);
        parameters.AddWithValue("perpetrator", NpgsqlDbType.Uuid, (object?)criteria.PerpetratorType ?? DBNull.Value);
        parameters.AddWithValue("institution", NpgsqlDbType.Uuid, (object?)criteria.Institution ?? DBNull.Value);
        parameters.AddWithValue("verification", NpgsqlDbType.Text, (object?)criteria.Verification?.ToString() ?? DBNull.Value);
        parameters.AddWithValue("from", NpgsqlDbType.Date, (object?)criteria.From?.Earliest ?? DBNull.Value);
        parameters.AddWithValue("to", NpgsqlDbType.Date, (object?)criteria.To?.Latest ?? DBNull.Value);
    }

    private static SearchHit Read(DbDataReader reader) => new(
        Enum.Parse<SearchHitKind>(reader.Text("kind")),
        reader.Id("id"),
        reader.OptionalId("case_id"),
        reader.OptionalText("reference"),
        reader.Text("title"),
        reader.OptionalDate("date"),
        reader.GetDouble(reader.GetOrdinal("score")));
}

/// <summary>The database stopped a search that ran longer than <c>Search:TimeoutMilliseconds</c>.</summary>
public sealed class SearchTooSlowException(Exception inner) : Exception("The search ran longer than its time limit.", inner);
