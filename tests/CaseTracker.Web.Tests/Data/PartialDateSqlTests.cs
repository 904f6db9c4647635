using CaseTracker.Domain.Dates;
using CaseTracker.Web.Data;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseTracker.Web.Tests.Data;

/// <summary>
/// The partial-date rules exist in C# (PartialDate) and in raw SQL (PartialDateSql). Over stored dates of
/// every precision, range of mixed precision, part of a period, open end, time of day, "about" and "unsure",
/// the two give the same order, the same exact days, the same day counts and the same period matches; and
/// every form reads back from its columns as it was saved.
/// </summary>
public sealed class PartialDateSqlTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>Dates that share an earliest day in every way they can differ, twice each so ids break ties.</summary>
    private static readonly string[] Dates =
    [
        "10 June 2019", "10 June 2019", "c. 10 June 2019", "10-11 June 2019", "June 2019", "c. June 2019", "June-July 2019",
        "2019", "c. 2019", "2019-2020", "c. 2019-2020", "1 June 2019", "30 June 2019", "31 December 2018", "1 January 2020",
        "December 2018 - January 2019", "May 2019", "2018", "2020", "11 June 2019", "10 June 2019 - 2 July 2019",
        "10 June 2019?", "2019?", "c. 2019?", "June 2019 - 2020", "early June 2019", "mid-June 2019", "first half of 2019", "spring 2019",
        "since 10 June 2019", "after May 2019", "before 11 June 2019", "by June 2019", "until 2019", "the night of 10 June 2019",
        "about 10 pm on 10 June 2019", "10 June 2019 at 09:30", "the morning of 10 June 2019",
    ];

    [Fact]
    public async Task CSharp_and_SQL_order_dates_the_same_way_in_both_directions()
    {
        var (caseId, dates) = await StoreAsync();

        var inCSharp = dates.OrderBy(d => d.Value).ThenBy(d => d.Key).Select(d => d.Key).ToList();
        var inSql = await IdsAsync($"SELECT id FROM incidents WHERE case_id = @case ORDER BY {PartialDateSql.Order("date")}, id", caseId);
        var inSqlDescending = await IdsAsync($"SELECT id FROM incidents WHERE case_id = @case ORDER BY {PartialDateSql.Order("date", descending: true)}, id DESC", caseId);

        inSql.ShouldBe(inCSharp);
        inSqlDescending.ShouldBe(Enumerable.Reverse(inCSharp).ToList());
        dates.Values.Select(d => d.Precision).Distinct().Count().ShouldBe(Enum.GetValues<DatePrecision>().Length, "the fixture has every precision");
    }

    [Fact]
    public async Task CSharp_and_SQL_agree_on_exact_days_and_the_days_between_them()
    {
        var (caseId, dates) = await StoreAsync();

        var exact = await IdsAsync($"SELECT id FROM incidents WHERE case_id = @case AND {PartialDateSql.IsExactDay("date")} ORDER BY id", caseId);
        exact.ShouldBe(dates.Where(d => d.Value.IsExactDay).Select(d => d.Key).Order().ToList());
        exact.Count.ShouldBeGreaterThan(2);

        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT a.id AS a, b.id AS b, {PartialDateSql.ExactDaysBetween("a.date", "b.date")} AS days
            FROM incidents a JOIN incidents b ON a.case_id = b.case_id WHERE a.case_id = @case
            """, connection);
        command.Parameters.AddWithValue("case", caseId);
        await using var reader = await command.ExecuteReaderAsync();
        var pairs = 0;
        while (await reader.ReadAsync())
        {
            var (a, b) = (reader.GetGuid(0), reader.GetGuid(1));
            int? days = reader.IsDBNull(2) ? null : reader.GetInt32(2);
            days.ShouldBe(dates[a].ExactDaysUntil(dates[b]), $"{dates[a]} to {dates[b]}");
            pairs++;
        }

        pairs.ShouldBe(Dates.Length * Dates.Length);
    }

    [Theory]
    [InlineData("2019-06-10", "2019-06-10")]
    [InlineData("2019-06-11", null)]
    [InlineData(null, "2018-12-31")]
    [InlineData("2019-07-01", "2019-12-31")]
    [InlineData("2020-01-01", "2020-12-31")]
    public async Task CSharp_and_SQL_agree_on_which_dates_may_fall_in_a_period(string? from, string? to)
    {
        var (caseId, dates) = await StoreAsync();
        var fromDay = from is null ? (DateOnly?)null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        var toDay = to is null ? (DateOnly?)null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture);

        var inSql = await IdsAsync($"SELECT id FROM incidents WHERE case_id = @case AND {PartialDateSql.MayFallWithin("date")} ORDER BY id", caseId,
            ("from", fromDay), ("to", toDay));

        inSql.ShouldBe(dates.Where(d => d.Value.MayFallWithin(fromDay, toDay)).Select(d => d.Key).Order().ToList());
        inSql.Count.ShouldBeInRange(1, Dates.Length - 1, "the period splits the fixture");
    }

    [Fact]
    public async Task Every_form_reads_back_from_its_columns_through_EF_and_through_raw_SQL_as_it_was_saved()
    {
        var (caseId, dates) = await StoreAsync();

        var throughEf = await app.Factory.QueryAsync(db => db.Incidents.AsNoTracking().Where(i => i.CaseId == caseId).Select(i => new { i.Id, i.Date }).ToListAsync());
        var throughSql = await app.Factory.QueryAsync(db => Web.Pages.Incidents.IncidentView.LoadAsync(db, "i.case_id = @case", p => p.AddWithValue("case", caseId), CancellationToken.None));

        foreach (var read in throughEf.Select(r => (r.Id, r.Date)).Concat(throughSql.Select(r => (r.Id, r.Date))))
        {
            read.Date.ShouldBe(dates[read.Id]);
            read.Date.Text.ShouldBe(dates[read.Id].Text, "the text as typed is kept");
            read.Date.ToString().ShouldBe(dates[read.Id].ToString());
        }

        throughSql.Count.ShouldBe(Dates.Length);
        dates.Values.ShouldContain(d => d.OpenStart);
        dates.Values.ShouldContain(d => d.OpenEnd);
    }

    private async Task<(Guid CaseId, Dictionary<Guid, PartialDate> Dates)> StoreAsync()
    {
        await using var records = await RecordBuilder.StartAsync(app.Factory);
        var caseFile = records.Case();
        var incidents = Dates.Select(d => records.Incident(caseFile, d)).ToList();
        await records.SaveAsync();
        return (caseFile.Id, incidents.ToDictionary(i => i.Id, i => i.Date));
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(app.Factory.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task<List<Guid>> IdsAsync(string sql, Guid caseId, params (string Name, DateOnly? Value)[] dates)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("case", caseId);
        foreach (var (name, value) in dates)
        {
            command.Parameters.AddWithValue(name, NpgsqlTypes.NpgsqlDbType.Date, (object?)value ?? DBNull.Value);
        }

        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
