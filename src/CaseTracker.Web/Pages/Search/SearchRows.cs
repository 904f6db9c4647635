using System.Collections.Concurrent;
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
public sealed class SearchRows(CaseTrackerDbContext db, IConfiguration configuration, WordStatistics words, ReplicaReads replicas)
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

    /// <summary>
    /// The case of that id is one the reader may see and passes the case filters: a scalar subquery on each
    /// candidate, looked up by its key. As a subquery, not a join, so that PostgreSQL cannot reorder it
    /// around the word match: with the join in view it chose to read every record of every visible case and
    /// test its words (on a million rows, 2.5 s for a word found nowhere) or to hash all 20,000 cases.
    /// </summary>
    private static string Visible(string caseId, SearchFilters used) => $"""
        (SELECT {CaseAccessSql.MaySeeCase("v")}
           {(used.HasFlag(SearchFilters.Country) ? "AND v.country_code = @country" : "")} {(used.HasFlag(SearchFilters.Status) ? "AND v.status = @status" : "")}
         FROM cases v WHERE v.id = {caseId})
        """;

    /// <summary>The tables searched by words, one per kind of record, in the order of the bits of a plan's mask.</summary>
    internal static readonly string[] WordTables = ["cases", "incidents", "complaints", "institutional_responses", "institutional_acts", "proceedings", "proceeding_steps"];

    private static readonly ConcurrentDictionary<(bool Text, int ScanMask, bool Pairs, SearchFilters Used), string> Statements = new();

    /// <summary>
    /// The hits, as one UNION ALL over each kind of record. Without words there is no text condition at all
    /// and each kind gives its newest @candidates. With words each kind is read one of two ways, chosen per
    /// request from PostgreSQL's own word statistics (<see cref="WordStatistics"/>, ADR 15):
    /// through the GIN index (a rare word: the index lists a few rows), or by reading rows until @candidates
    /// match (words in many rows: two words each in a third of a million incidents took the index 230 ms to
    /// intersect, the scan 4). A bit of <paramref name="scanMask"/> set reads that kind by the scan. A phrase
    /// (<paramref name="pairs"/>) goes to the index of word pairs instead, and each row it lists is checked
    /// against the phrase (ADR 34).
    /// Only the filters in use are written (<paramref name="used"/>), and kinds a filter leaves out are not
    /// written at all: the statement is then planned once per connection (see <see cref="Settings"/>) with
    /// no "parameter is null or" test left to run on every row.
    /// </summary>
    private static string Hits(bool text, int scanMask, bool pairs, SearchFilters used)
    {
        // As a subquery: computed once per search (an InitPlan) whatever the plan, never once per row.
        var query = $"(SELECT {SearchColumns.QuerySql("@text::text")})";
        bool Scan(string table) => (scanMask & (1 << Array.IndexOf(WordTables, table))) != 0;
        string Score(string alias) => text ? $"ts_rank_cd({alias}.search_document, {query})::float8" : "0::float8";
        string When(SearchFilters filter, string condition) => used.HasFlag(filter) ? "AND " + condition : "";
        string Period(string prefix) => When(SearchFilters.Period, PartialDateSql.MayFallWithin(prefix));
        string Institution(string condition) => When(SearchFilters.Institution, condition);
        var incidentsOnly = used.HasFlag(SearchFilters.IncidentsOnly);
        var undatedToo = !incidentsOnly && !used.HasFlag(SearchFilters.DatedOnly);

        // By the index: narrowed by its words alone behind a fence (OFFSET 0), which keeps PostgreSQL from
        // guessing a prefix query's selectivity against the other conditions. By a scan: the match written
        // as a function call, which no index can serve, so the rows are read until the limit is reached.
        // By the pairs: the rows where the phrase's words stand together, each then matched as by a scan.
        string Matching(string table, string alias) => !text ? $"{table} {alias}"
            : Scan(table) ? $"{table} {alias}"
            : pairs ? $"(SELECT * FROM {table} {alias} WHERE {WordPairs.DocumentSql(alias)} @@ @pairs::tsquery OFFSET 0) {alias}"
            : $"(SELECT * FROM {table} {alias} WHERE {alias}.search_document @@ {query} OFFSET 0) {alias}";
        string Match(string table, string alias) => text && (Scan(table) || pairs) ? $"AND ts_match_vq({alias}.search_document, {query})" : "";

        // The most rows each kind contributes (@candidates, one more than the count shows): ranking is done on
        // these only, since a word in most rows would otherwise have every match ranked before the first 20
        // are taken (3.5 s on a million incidents, issue 17). With more matches the hits shown are the
        // best-ranked of the first ones found.
        string Take(string alias) => text ? "LIMIT @candidates" : $"ORDER BY {alias}.id DESC LIMIT @candidates";
        var kinds = new List<string>();
        if (undatedToo)
        {
            kinds.Add($"""
                (SELECT 'Case' AS kind, c.id, c.id AS case_id, c.title,
                       {PartialDateSql.NullColumns("date")},
                       {Score("c")} AS score
                 FROM {Matching("cases", "c")}
                 WHERE TRUE {Match("cases", "c")} AND {Visible("c.id", used)}
                 {Take("c")})
                """);
        }

        if (undatedToo && text)
        {
            // The folded name as a subquery: once per search under the generic plan, not once per candidate.
            kinds.Add($"""
                (SELECT 'Person', p.id, NULL::uuid, p.name, {PartialDateSql.NullColumns("date")}, word_similarity((SELECT ct_fold(@text)), p.name_key)::float8
                 FROM persons p
                 WHERE (SELECT ct_fold(@text)) <% p.name_key
                   AND EXISTS (SELECT 1 FROM case_participants cp WHERE cp.person_id = p.id AND {Visible("cp.case_id", used)})
                 LIMIT @candidates)
                """);
        }

        kinds.Add($"""
            (SELECT 'Incident', i.id, i.case_id, i.title, {PartialDateSql.Columns("i.date")}, {Score("i")}
             FROM {Matching("incidents", "i")}
             WHERE i.archived_at IS NULL {Match("incidents", "i")}
               {When(SearchFilters.Type, "EXISTS (SELECT 1 FROM incident_types t WHERE t.incident_id = i.id AND t.term_id = @type)")}
               {When(SearchFilters.Perpetrator, "EXISTS (SELECT 1 FROM incident_perpetrators ip WHERE ip.incident_id = i.id AND ip.perpetrator_type_id = @perpetrator)")}
               {Institution("EXISTS (SELECT 1 FROM incident_perpetrators ip WHERE ip.incident_id = i.id AND ip.institution_id = @institution)")}
               {When(SearchFilters.Verification, "i.verification = @verification")}
               {Period("i.date")}
               AND {Visible("i.case_id", used)}
             {Take("i")})
            """);
        if (!incidentsOnly)
        {
            kinds.Add($"""
                (SELECT 'Complaint', k.id, k.case_id, k.subject, {PartialDateSql.Columns("k.filed_on")}, {Score("k")}
                 FROM {Matching("complaints", "k")}
                 WHERE k.archived_at IS NULL {Match("complaints", "k")}
                   {Institution("k.institution_id = @institution")} {Period("k.filed_on")}
                   AND {Visible("k.case_id", used)}
                 {Take("k")})
                """);
            kinds.Add($"""
                (SELECT 'Response', r.id, k.case_id, k.subject, {PartialDateSql.Columns("r.date")}, {Score("r")}
                 FROM {Matching("institutional_responses", "r")} JOIN complaints k ON k.id = r.complaint_id
                 WHERE r.archived_at IS NULL AND k.archived_at IS NULL {Match("institutional_responses", "r")}
                   {Institution("k.institution_id = @institution")} {Period("r.date")}
                   AND {Visible("k.case_id", used)}
                 {Take("r")})
                """);
            kinds.Add($"""
                (SELECT 'Act', a.id, a.case_id, (SELECT ins.name FROM institutions ins WHERE ins.id = a.institution_id), {PartialDateSql.Columns("a.date")}, {Score("a")}
                 FROM {Matching("institutional_acts", "a")}
                 WHERE a.archived_at IS NULL {Match("institutional_acts", "a")}
                   {Institution("a.institution_id = @institution")} {Period("a.date")}
                   AND {Visible("a.case_id", used)}
                 {Take("a")})
                """);
        }

        if (undatedToo)
        {
            kinds.Add($"""
                (SELECT 'Proceeding', p.id, p.case_id, p.title, {PartialDateSql.NullColumns("date")}, {Score("p")}
                 FROM {Matching("proceedings", "p")}
                 WHERE p.archived_at IS NULL {Match("proceedings", "p")}
                   {Institution("p.conducted_by_id = @institution")}
                   AND {Visible("p.case_id", used)}
                 {Take("p")})
                """);
        }

        if (!incidentsOnly)
        {
            kinds.Add($"""
                (SELECT 'Step', s.id, p.case_id, p.title, {PartialDateSql.Columns("s.date")}, {Score("s")}
                 FROM {Matching("proceeding_steps", "s")} JOIN proceedings p ON p.id = s.proceeding_id
                 WHERE s.archived_at IS NULL AND p.archived_at IS NULL {Match("proceeding_steps", "s")}
                   {Institution("(p.conducted_by_id = @institution OR s.court_id = @institution)")} {Period("s.date")}
                   AND {Visible("p.case_id", used)}
                 {Take("s")})
                """);
        }

        // The columns named once here: the first kind written is not always the same one.
        var columns = string.Join(", ", ["kind", "id", "case_id", "title", .. PartialDateSql.Parts.Select(p => "date_" + p.Suffix), "score"]);
        return $"WITH hits ({columns}) AS (\n" + string.Join("\nUNION ALL\n", kinds) + "\n)\n";
    }

    /// <summary>One page of hits, read from a replica when there are any (<see cref="ReplicaReads"/>).</summary>
    public Task<SearchResults> FindAsync(SearchCriteria criteria, ClaimsPrincipal user, int pageSize, CancellationToken cancellationToken) =>
        FindAsync(criteria, user, pageSize, tsquery: null, cancellationToken);

    /// <summary>
    /// One page of hits, given the text of the criteria's tsquery when the caller has read it already
    /// (<see cref="TsQueryTextSql"/>, in a batch of its own reads): one round trip fewer.
    /// </summary>
    public async Task<SearchResults> FindAsync(SearchCriteria criteria, ClaimsPrincipal user, int pageSize, string? tsquery, CancellationToken cancellationToken)
    {
        try
        {
            return await replicas.ReadAsync(db, connection => FindOnAsync(connection, criteria, user, pageSize, tsquery, cancellationToken), cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == QueryCanceled && !cancellationToken.IsCancellationRequested)
        {
            throw new SearchTooSlowException(ex);
        }
    }

    private async Task<SearchResults> FindOnAsync(NpgsqlConnection connection, SearchCriteria criteria, ClaimsPrincipal user, int pageSize, string? tsquery, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        var timeout = Math.Max(1, configuration.GetValue("Search:TimeoutMilliseconds", 5000));
        foreach (var setting in Settings(timeout))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(setting));
        }

        var ways = criteria.Text is null ? SearchWays.ByIndex : await WaysAsync(connection, criteria.Text, tsquery, CapFor(pageSize) + 1, cancellationToken);
        batch.BatchCommands.Add(PageCommand(criteria, user, pageSize, ways));
        return await ReadAsync(batch, pageSize, cancellationToken);
    }

    /// <summary>
    /// The statement of one page of hits and, on each row, their number up to "more than 1,000": the hits are
    /// found once for both (before, the count ran the whole search a second time). Also what SearchPlanTests explains.
    /// </summary>
    internal static NpgsqlBatchCommand PageCommand(SearchCriteria criteria, ClaimsPrincipal user, int pageSize, SearchWays ways = default)
    {
        var text = criteria.Text is not null;
        var used = SearchFiltersOf(criteria);
        var pairs = text ? ways.Pairs : null;
        var hits = Statements.GetOrAdd((text, text ? ways.ScanMask : 0, pairs is not null, used), key => Hits(key.Text, key.ScanMask, key.Pairs, key.Used));

        // The case reference of the shown hits only, looked up after the page is cut (joined to all
        // candidates, PostgreSQL hashed all 20,000 cases for it: 7 ms of each search).
        var page = new NpgsqlBatchCommand(hits + $"""
            SELECT counted.total, h.kind, h.id, h.case_id, (SELECT v.reference FROM cases v WHERE v.id = h.case_id) AS reference,
                   h.title, {PartialDateSql.Columns("h.date")}, h.score
            FROM (SELECT least(count(*), @candidates)::int AS total FROM hits) counted
            LEFT JOIN LATERAL (
              SELECT h.* FROM hits h
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
        if (pairs is not null)
        {
            page.Parameters.AddWithValue("pairs", NpgsqlDbType.Text, pairs);
        }

        return page;
    }

    /// <summary>The settings the search statement runs under, each for its transaction only but the first.</summary>
    internal static IEnumerable<string> Settings(int timeoutMilliseconds)
    {
        yield return $"SELECT set_config('pg_trgm.word_similarity_threshold', '{NameThreshold}', false)";

        // A ceiling for whatever input still makes a search slow: the database stops the statement and the
        // reader is told to narrow the search.
        yield return $"SELECT set_config('statement_timeout', '{timeoutMilliseconds}', true)";

        // The kinds sent to the index go to the index: for a word the statistics do not list, PostgreSQL
        // guesses a share of rows that, on a table of some thousands, makes reading them all look cheaper,
        // and that guess does not shrink with the table (SearchPlanTests). The scans have no other way.
        yield return "SELECT set_config('enable_seqscan', 'off', true)";

        // Planned once per connection, not per search: PostgreSQL otherwise planned the statement on every
        // search (about 4 ms of the 14 it spent on one), never finding its generic plan cheaper by its
        // estimates. Safe because the choices that matter are in the statement's text (scan or index per
        // kind, fences, only the filters in use), so the generic plan is the one a custom plan would be.
        yield return GenericPlan.ForThisTransaction;
    }

    /// <summary>
    /// How to read each kind of record (<see cref="SearchWays"/>): PostgreSQL writes the query out (its stems
    /// and prefixes) and its word statistics say how common that is.
    /// </summary>
    private async Task<SearchWays> WaysAsync(NpgsqlConnection connection, string text, string? tsquery, int candidates, CancellationToken cancellationToken)
    {
        var statistics = await words.ReadAsync(connection, cancellationToken);
        return statistics.Ways(tsquery ?? await TsQueryTextAsync(connection, text, cancellationToken), candidates);
    }

    /// <summary>The statement that writes the reader's words (@text) as PostgreSQL's tsquery text: stemmed, with prefixes and the folded spellings.</summary>
    public static readonly string TsQueryTextSql = $"SELECT ({SearchColumns.QuerySql("@text::text")})::text";

    internal static async Task<string> TsQueryTextAsync(NpgsqlConnection connection, string text, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(TsQueryTextSql, connection);
        command.Parameters.AddWithValue("text", NpgsqlDbType.Text, text);
        return (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "";
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

    private static SearchFilters SearchFiltersOf(SearchCriteria criteria) =>
        (criteria.IncidentType is null ? 0 : SearchFilters.Type)
        | (criteria.PerpetratorType is null ? 0 : SearchFilters.Perpetrator)
        | (criteria.Institution is null ? 0 : SearchFilters.Institution)
        | (criteria.Verification is null ? 0 : SearchFilters.Verification)
        | (criteria.From is null && criteria.To is null ? 0 : SearchFilters.Period)
        | (criteria.Country is null ? 0 : SearchFilters.Country)
        | (criteria.CaseStatus is null ? 0 : SearchFilters.Status)
        | (criteria.IncidentsOnly ? SearchFilters.IncidentsOnly : 0)
        | (criteria.DatedOnly ? SearchFilters.DatedOnly : 0);

    private static SearchHit Read(DbDataReader reader) => new(
        Enum.Parse<SearchHitKind>(reader.Text("kind")),
        reader.Id("id"),
        reader.OptionalId("case_id"),
        reader.OptionalText("reference"),
        reader.Text("title"),
        reader.OptionalDate("date"),
        reader.GetDouble(reader.GetOrdinal("score")));
}

/// <summary>The filters a search uses, each written into its statement only when used.</summary>
[Flags]
internal enum SearchFilters
{
    None = 0,
    Type = 1,
    Perpetrator = 2,
    Institution = 4,
    Verification = 8,
    Period = 16,
    Country = 32,
    Status = 64,
    IncidentsOnly = 128,
    DatedOnly = 256,
}

/// <summary>The database stopped a search that ran longer than <c>Search:TimeoutMilliseconds</c>.</summary>
public sealed class SearchTooSlowException(Exception inner) : Exception("The search ran longer than its time limit.", inner);
