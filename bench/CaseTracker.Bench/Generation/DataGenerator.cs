using System.Diagnostics;
using CaseTracker.Domain.Dates;
using Npgsql;
using NpgsqlTypes;
using static System.FormattableString;

namespace CaseTracker.Bench.Generation;

/// <summary>
/// Fills a migrated CaseTracker database with issue 17's volumes through binary COPY: cases (5 % restricted,
/// half of those assigned to the demo caseworker), people with other names, incidents with types, victims,
/// perpetrators and some victim groups, complaints about them, responses, institutions' acts, proceedings
/// with steps, and one case with a 2,000-entry timeline. Seeded: the same data on every run. Secondary
/// indexes are dropped during the load and built after it (as a restore does), foreign keys are not checked
/// row by row (the rows are consistent by construction), and the tables are analysed at the end.
/// </summary>
internal sealed class DataGenerator(NpgsqlDataSource database, Volumes volumes, int seed = 20261207)
{
    private static readonly string[] Tables =
    [
        "cases", "persons", "case_participants", "case_assignments", "institutions", "incidents", "incident_types", "incident_victims",
        "incident_perpetrators", "complaints", "complaint_incidents", "institutional_responses", "institutional_acts", "proceedings", "proceeding_steps",
    ];

    private static readonly string[] Countries = ["KG", "KZ", "TJ", "UZ", "TM", "AZ", "AM", "GE", "BY", "RU"];

    private readonly Random _random = new(seed);
    private readonly Dictionary<string, Guid[]> _terms = [];
    private Guid[] _institutions = [];
    private Guid[] _caseIds = [];
    private List<Guid>[] _casePeople = [];
    private List<(Guid Id, PartialDate Date)>[] _caseIncidents = [];
    private readonly List<(Guid Id, PartialDate Filed, int Case)> _complaints = [];

    public async Task RunAsync(TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        await LoadTermsAsync();
        var indexes = await DropSecondaryIndexesAsync();
        await InstitutionsAsync();
        await CasesAndPeopleAsync();
        log.WriteLine(Invariant($"  cases and people: {clock.Elapsed.TotalSeconds:0} s"));
        await IncidentsAsync();
        log.WriteLine(Invariant($"  incidents: {clock.Elapsed.TotalSeconds:0} s"));
        await ComplaintsAndResponsesAsync();
        log.WriteLine(Invariant($"  complaints and responses: {clock.Elapsed.TotalSeconds:0} s"));
        await ActsAndProceedingsAsync();
        log.WriteLine(Invariant($"  acts and proceedings: {clock.Elapsed.TotalSeconds:0} s; building {indexes.Count} indexes"));
        await BuildAsync(indexes);

        await CheckKeptLinksAsync();
        log.WriteLine(Invariant($"  indexes: {clock.Elapsed.TotalSeconds:0} s; analysing"));
        await ExecuteAsync("VACUUM ANALYZE");
        log.WriteLine(Invariant($"  done in {clock.Elapsed.TotalSeconds:0} s"));
    }

    private async Task LoadTermsAsync()
    {
        await using var command = database.CreateCommand("SELECT vocabulary, id FROM vocabulary_terms WHERE is_active ORDER BY vocabulary, sort_order, id");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, Guid)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetGuid(1)));
        }

        foreach (var group in rows.GroupBy(r => r.Item1))
        {
            _terms[group.Key] = group.Select(r => r.Item2).ToArray();
        }
    }

    /// <summary>The CREATE INDEX statements of the indexes that back no constraint, after dropping them.</summary>
    private async Task<List<string>> DropSecondaryIndexesAsync()
    {
        var definitions = new List<(string Name, string Definition)>();
        await using (var command = database.CreateCommand("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """))
        {
            command.Parameters.AddWithValue("tables", Tables);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in definitions)
        {
            await ExecuteAsync($"DROP INDEX \"{name}\"");
        }

        return definitions.Select(d => d.Definition).ToList();
    }

    /// <summary>
    /// The indexes built two at a time (PostgreSQL builds each on one core), the slowest first so that the
    /// other connection works through the rest meanwhile: the word pairs of incidents (ADR 34) take
    /// longer than all the others together.
    /// </summary>
    private async Task BuildAsync(List<string> indexes)
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<string>(indexes
            .OrderByDescending(d => d.Contains("ct_word_pairs", StringComparison.Ordinal) && d.Contains(" ON public.incidents ", StringComparison.Ordinal))
            .ThenByDescending(d => d.Contains("USING gin", StringComparison.Ordinal)));
        async Task WorkAsync()
        {
            while (queue.TryDequeue(out var index))
            {
                await ExecuteAsync(index);
            }
        }

        await Task.WhenAll(WorkAsync(), WorkAsync());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = database.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private Guid Term(string vocabulary) => _terms[vocabulary][_random.Next(_terms[vocabulary].Length)];

    /// <summary>Ids that are the same on every run and ascend with <paramref name="n"/> (index-friendly).</summary>
    private static Guid Id(byte table, long n) =>
        new((int)(n >> 16), (short)(n & 0xffff), unchecked((short)0x7000), [0x80, table, 0, 0, 0, 0, 0, 0x42]);

    private PartialDate RandomDate(int fromYear = 2005, int toYear = 2025)
    {
        var year = fromYear + _random.Next(toYear - fromYear + 1);
        var month = 1 + _random.Next(12);
        return _random.Next(100) switch
        {
            < 60 => PartialDate.Day(year, month, 1 + _random.Next(28)),
            < 85 => PartialDate.Month(year, month),
            < 95 => PartialDate.Year(year),
            _ => PartialDate.Year(year, approximate: true),
        };
    }

    private async Task InstitutionsAsync()
    {
        _institutions = Enumerable.Range(0, volumes.Institutions).Select(i => Id(1, i)).ToArray();
        string[] kinds = ["Prosecutor's Office", "Police Department", "District Court", "Ombudsperson's Office", "State Security Committee", "Ministry of Interior"];
        await using var table = await CopyTable.OpenAsync(database, "institutions",
            ("id", NpgsqlDbType.Uuid), ("name", NpgsqlDbType.Varchar), ("type_id", NpgsqlDbType.Uuid), ("country_code", NpgsqlDbType.Char), ("is_proposed", NpgsqlDbType.Boolean));
        for (var i = 0; i < _institutions.Length; i++)
        {
            table.Row(_institutions[i], Invariant($"{kinds[i % kinds.Length]} No. {i} (generated)"), Term("InstitutionType"), Countries[i % Countries.Length], false);
        }
    }

    private async Task CasesAndPeopleAsync()
    {
        _caseIds = Enumerable.Range(0, volumes.Cases).Select(c => Id(2, c)).ToArray();
        _casePeople = Enumerable.Range(0, volumes.Cases).Select(_ => new List<Guid>(3)).ToArray();
        var caseworker = await ScalarAsync<Guid?>("SELECT id FROM users WHERE normalized_email = 'CASEWORKER@CASETRACKER.LOCAL'");
        var words = new Words(_random);
        await using (var cases = await CopyTable.OpenAsync(database, "cases",
            ("id", NpgsqlDbType.Uuid), ("reference", NpgsqlDbType.Varchar), ("title", NpgsqlDbType.Varchar), ("summary", NpgsqlDbType.Varchar),
            ("status", NpgsqlDbType.Varchar), ("country_code", NpgsqlDbType.Char), ("risk_level", NpgsqlDbType.Varchar), ("sensitivity", NpgsqlDbType.Varchar),
            ("created_at", NpgsqlDbType.TimestampTz)))
        await using (var assignments = await CopyTable.OpenAsync(database, "case_assignments", ("case_id", NpgsqlDbType.Uuid), ("user_id", NpgsqlDbType.Uuid)))
        {
            for (var c = 0; c < volumes.Cases; c++)
            {
                var country = Countries[_random.Next(Countries.Length)];
                var restricted = c > 0 && _random.NextDouble() < Volumes.Restricted;
                var reference = c == 0 ? Volumes.BigCase : Invariant($"G{country}-{2005 + (c % 21)}-{c:D5}");
                string[] statuses = ["Open", "Monitoring", "Closed"];
                string[] risks = ["Low", "Medium", "High", "Critical"];
                cases.Row(_caseIds[c], reference, Invariant($"Generated case {c}: pressure on a defender in {country}"), words.Narrative(),
                    statuses[_random.Next(3)], country, risks[_random.Next(4)], restricted ? "Restricted" : "Standard",
                    new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(c));
                if (restricted && caseworker is { } user && c % 2 == 0)
                {
                    assignments.Row(_caseIds[c], user);
                }
            }
        }

        var names = new Names(seed);
        await using var persons = await CopyTable.OpenAsync(database, "persons",
            ("id", NpgsqlDbType.Uuid), ("name", NpgsqlDbType.Varchar), ("other_names", NpgsqlDbType.Array | NpgsqlDbType.Text), ("sex", NpgsqlDbType.Varchar),
            ("birth_year", NpgsqlDbType.Integer), ("birth_year_approximate", NpgsqlDbType.Boolean), ("occupation", NpgsqlDbType.Varchar));
        await using var participants = await CopyTable.OpenAsync(database, "case_participants", ("case_id", NpgsqlDbType.Uuid), ("person_id", NpgsqlDbType.Uuid), ("role", NpgsqlDbType.Varchar));
        string[] roles = ["Defender", "Victim", "Relative", "Lawyer", "Witness"];
        for (var p = 0; p < volumes.People; p++)
        {
            var id = Id(3, p);
            var (name, others) = names.Next(p);
            persons.Row(id, name, others, p % 2 == 0 ? "Male" : "Female", 1950 + _random.Next(55), false, "Journalist");
            var c = p % volumes.Cases;
            participants.Row(_caseIds[c], id, _casePeople[c].Count == 0 ? "Defender" : roles[_random.Next(roles.Length)]);
            _casePeople[c].Add(id);
        }
    }

    private async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var command = database.CreateCommand(sql);
        return await command.ExecuteScalarAsync() is T value ? value : default;
    }

    private int CaseOf(long n, int bigCaseShare) => n < bigCaseShare ? 0 : 1 + _random.Next(volumes.Cases - 1);

    private async Task IncidentsAsync()
    {
        _caseIncidents = Enumerable.Range(0, volumes.Cases).Select(_ => new List<(Guid, PartialDate)>()).ToArray();
        var words = new Words(_random);
        string[] verification = ["Alleged", "Corroborated", "Verified", "Disputed"];
        (string, NpgsqlDbType)[] columns =
        [
            ("id", NpgsqlDbType.Uuid), ("case_id", NpgsqlDbType.Uuid), ("title", NpgsqlDbType.Varchar), ("narrative", NpgsqlDbType.Varchar),
            ("place", NpgsqlDbType.Varchar), ("verification", NpgsqlDbType.Varchar), ("victim_group_count", NpgsqlDbType.Integer),
            ("victim_group_qualifier", NpgsqlDbType.Varchar), ("victim_group_who", NpgsqlDbType.Varchar), ("victim_group_includes_named", NpgsqlDbType.Boolean),
            .. CopyTable.DateColumns("date"),
            ("type_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid), ("victim_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid),
            ("perpetrator_institution_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid), ("perpetrators", NpgsqlDbType.Jsonb),
        ];

        // Two COPYs, every other row each: PostgreSQL computing each row's search document was one core's
        // work while the other waited (234 s of the load on two cores).
        await using var incidentsEven = await CopyTable.OpenAsync(database, "incidents", columns);
        await using var incidentsOdd = await CopyTable.OpenAsync(database, "incidents", columns);
        await using var types = await CopyTable.OpenAsync(database, "incident_types", ("incident_id", NpgsqlDbType.Uuid), ("term_id", NpgsqlDbType.Uuid));
        await using var victims = await CopyTable.OpenAsync(database, "incident_victims", ("incident_id", NpgsqlDbType.Uuid), ("person_id", NpgsqlDbType.Uuid), ("condition_confidential", NpgsqlDbType.Boolean));
        await using var perpetrators = await CopyTable.OpenAsync(database, "incident_perpetrators",
            ("id", NpgsqlDbType.Uuid), ("incident_id", NpgsqlDbType.Uuid), ("institution_id", NpgsqlDbType.Uuid), ("perpetrator_type_id", NpgsqlDbType.Uuid));
        for (var i = 0L; i < volumes.Incidents; i++)
        {
            var id = Id(4, i);
            var c = CaseOf(i, 1000);
            var date = RandomDate();
            var people = _casePeople[c];
            var victim = people.Count > 0 ? people[_random.Next(people.Count)] : (Guid?)null;
            var group = _random.Next(10) == 0;
            object?[] row =
            [
                id, _caseIds[c], words.Title(Invariant($"defender {c}")), words.Narrative(), Countries[c % Countries.Length] == "KG" ? "Bishkek" : "Almaty",
                verification[_random.Next(4)], group ? 5 + _random.Next(100) : null, group ? "About" : null, group ? "protesters" : null, group ? true : null,
                .. CopyTable.DateValues(date),
            ];
            var typeIds = new List<Guid> { Term("IncidentType") };
            if (_random.Next(2) == 0 && Term("IncidentType") is var second && second != typeIds[0])
            {
                typeIds.Add(second);
            }

            var (perpetrator, institution, perpetratorType) = (Id(5, i), _institutions[_random.Next(_institutions.Length)], Term("PerpetratorType"));

            // The lists the incident keeps of its links (incident_links_refresh's rule; CheckKeptLinksAsync compares a sample).
            (i % 2 == 0 ? incidentsEven : incidentsOdd).Row(
            [
                .. row,
                typeIds.OrderBy(t => t.ToString(), StringComparer.Ordinal).ToArray(), victim is { } v ? new[] { v } : Array.Empty<Guid>(), new[] { institution },
                Invariant($"[{{\"typeId\": \"{perpetratorType}\", \"personId\": null, \"position\": null, \"description\": null, \"institutionId\": \"{institution}\"}}]"),
            ]);
            foreach (var type in typeIds)
            {
                types.Row(id, type);
            }

            if (victim is { } person)
            {
                victims.Row(id, person, false);
            }

            perpetrators.Row(perpetrator, id, institution, perpetratorType);
            _caseIncidents[c].Add((id, date));
        }
    }

    /// <summary>
    /// The generator writes each incident's kept lists itself (the database's triggers are off during the load,
    /// and refreshing a million incidents afterwards would double the load's time). Here the database's own rule
    /// recomputes a sample, in a transaction rolled back, and any difference stops the run.
    /// </summary>
    private async Task CheckKeptLinksAsync()
    {
        const string Columns = "type_ids, source_ids, source_locators, victim_ids, victim_details, perpetrator_person_ids, perpetrator_institution_ids, perpetrators";
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var sample = Enumerable.Range(0, 2_000).Select(_ => Id(4, _random.NextInt64(volumes.Incidents))).Distinct().ToArray();
        foreach (var sql in new[]
        {
            $"CREATE TEMP TABLE generated ON COMMIT DROP AS SELECT id, {Columns} FROM incidents WHERE id = ANY(@sample)",
            "SELECT public.incident_links_refresh(@sample)",
        })
        {
            await using var step = new NpgsqlCommand(sql, connection, transaction);
            step.Parameters.AddWithValue("sample", sample);
            await step.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand($"""
            SELECT count(*) FROM incidents i JOIN generated g USING (id)
            WHERE ({string.Join(", ", Columns.Split(", ").Select(c => "i." + c))}) IS DISTINCT FROM ({string.Join(", ", Columns.Split(", ").Select(c => "g." + c))})
            """, connection, transaction);
        var differing = (long)(await command.ExecuteScalarAsync() ?? 0L);
        if (differing != 0)
        {
            throw new InvalidOperationException(Invariant($"{differing} generated incidents keep lists of their links that differ from incident_links_refresh's"));
        }
    }

    private async Task ComplaintsAndResponsesAsync()
    {
        await using (var complaints = await CopyTable.OpenAsync(database, "complaints",
        [
            ("id", NpgsqlDbType.Uuid), ("case_id", NpgsqlDbType.Uuid), ("kind_id", NpgsqlDbType.Uuid), ("institution_id", NpgsqlDbType.Uuid),
            ("subject", NpgsqlDbType.Varchar), ("reply_window_days", NpgsqlDbType.Integer), ("reply_due_on", NpgsqlDbType.Date),
            ("filings_qualifier", NpgsqlDbType.Varchar), ("filings", NpgsqlDbType.Integer),
            .. CopyTable.DateColumns("filed_on"),
        ]))
        await using (var about = await CopyTable.OpenAsync(database, "complaint_incidents", ("complaint_id", NpgsqlDbType.Uuid), ("incident_id", NpgsqlDbType.Uuid)))
        {
            for (var k = 0L; k < volumes.Complaints; k++)
            {
                var c = CaseOf(k, 600);
                var incidents = _caseIncidents[c];
                if (incidents.Count == 0)
                {
                    continue;
                }

                var (incident, date) = incidents[_random.Next(incidents.Count)];
                var filedDay = date.Latest.AddDays(1 + _random.Next(60));
                var filed = PartialDate.Day(filedDay.Year, filedDay.Month, filedDay.Day);
                var id = Id(6, k);
                complaints.Row(
                [
                    id, _caseIds[c], Term("ComplaintKind"), _institutions[_random.Next(_institutions.Length)], Invariant($"Complaint {k}: investigate and stop the harassment"),
                    30, filed.Latest.AddDays(30), "Exactly", _random.Next(50) == 0 ? 10 + _random.Next(60) : null,
                    .. CopyTable.DateValues(filed),
                ]);
                about.Row(id, incident);
                _complaints.Add((id, filed, c));
            }
        }

        await using var responses = await CopyTable.OpenAsync(database, "institutional_responses",
        [
            ("id", NpgsqlDbType.Uuid), ("complaint_id", NpgsqlDbType.Uuid), ("outcome_id", NpgsqlDbType.Uuid), ("summary", NpgsqlDbType.Varchar),
            ("forwarded_to_body_complained_about", NpgsqlDbType.Boolean),
            .. CopyTable.DateColumns("date"),
        ]);

        // The big case's first 400 complaints are answered; elsewhere answers go to random complaints, some twice.
        var bigCase = _complaints.Where(k => k.Case == 0).Take(400).ToList();
        var others = _complaints.Where(k => k.Case != 0).ToList();
        for (var r = 0L; r < volumes.Responses; r++)
        {
            var (complaint, filed, _) = r < bigCase.Count ? bigCase[(int)r] : others[_random.Next(others.Count)];
            var day = filed.Latest.AddDays(5 + _random.Next(300));
            responses.Row(
            [
                Id(7, r), complaint, Term("ResponseOutcome"), "The institution found no grounds to act.", false,
                .. CopyTable.DateValues(PartialDate.Day(day.Year, day.Month, day.Day)),
            ]);
        }
    }

    private async Task ActsAndProceedingsAsync()
    {
        var words = new Words(_random);
        await using (var acts = await CopyTable.OpenAsync(database, "institutional_acts",
        [
            ("id", NpgsqlDbType.Uuid), ("case_id", NpgsqlDbType.Uuid), ("institution_id", NpgsqlDbType.Uuid), ("kind_id", NpgsqlDbType.Uuid), ("summary", NpgsqlDbType.Varchar),
            .. CopyTable.DateColumns("date"),
        ]))
        {
            for (var a = 0L; a < volumes.Acts; a++)
            {
                acts.Row(
                [
                    Id(8, a), _caseIds[1 + _random.Next(volumes.Cases - 1)], _institutions[_random.Next(_institutions.Length)], Term("ActKind"), words.Narrative(),
                    .. CopyTable.DateValues(RandomDate()),
                ]);
            }
        }

        string[] kinds = ["Investigation", "CriminalCase", "CourtCase", "Other"];
        await using var proceedings = await CopyTable.OpenAsync(database, "proceedings",
            ("id", NpgsqlDbType.Uuid), ("case_id", NpgsqlDbType.Uuid), ("kind", NpgsqlDbType.Varchar), ("conducted_by_id", NpgsqlDbType.Uuid), ("title", NpgsqlDbType.Varchar));
        await using var steps = await CopyTable.OpenAsync(database, "proceeding_steps",
        [
            ("id", NpgsqlDbType.Uuid), ("proceeding_id", NpgsqlDbType.Uuid), ("kind_id", NpgsqlDbType.Uuid), ("outcome", NpgsqlDbType.Varchar),
            .. CopyTable.DateColumns("date"),
        ]);
        for (var p = 0L; p < volumes.Proceedings; p++)
        {
            var id = Id(9, p);
            proceedings.Row(id, _caseIds[1 + _random.Next(volumes.Cases - 1)], kinds[_random.Next(kinds.Length)], _institutions[_random.Next(_institutions.Length)],
                Invariant($"Criminal case No. {p} (generated)"));
            for (var s = 0; s < volumes.StepsPerProceeding; s++)
            {
                steps.Row([Id(10, (p * volumes.StepsPerProceeding) + s), id, Term("ProceedingStepKind"), "closed", .. CopyTable.DateValues(RandomDate())]);
            }
        }
    }
}
