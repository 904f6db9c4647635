using System.Text.Json;
using System.Text.Json.Nodes;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Dates;

/// <summary>
/// Every EDTF value the app exports, for a case holding every form of date a report writes, is read by the
/// reference EDTF parser from npm (`edtf`, run through tests/node/check-edtf.js), and the days that parser
/// gives agree with the earliest and latest days the app exports beside it. Seasons are the exception on
/// the days: that parser reads "2018-21" (spring) as the first quarter, ISO 8601-2 leaves a season's months
/// to the reader, and the app's are March-May (DatePeriodParts).
/// </summary>
public sealed class EdtfExportTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] IncidentDates =
    [
        "10 June 2019", "June 2019", "2019", "c. 2017", "2016?", "2016%", "2017-2018", "c. 2017-2018", "29-30 May 2020", "May-June 2020",
        "September 2011 - 2015", "May 2019 - 10 June 2019", "since 14 March 2021", "с 14 марта 2021", "until May 2019", "before 9 October 2021",
        "on or before 9 October 2021", "by 2016", "after 2012", "early March 2021", "mid-March 2021", "late March 2021", "first half of 2018",
        "second half of 2018", "spring 2018", "winter 2018", "the end of 2019", "в начале марта 2021", "весна 2018", "2015-2016 гг.",
        "в мае 2018", "the night of 12 March 2021", "about 10 pm on 13 March 2021", "13 March 2021 at 22:30", "c. 10 June 2019?",
    ];

    [Fact]
    public async Task Every_exported_edtf_value_is_read_by_the_reference_parser_with_the_same_days()
    {
        Guid caseId;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case();
            foreach (var date in IncidentDates)
            {
                records.Incident(caseFile, date, title: date);
            }

            var complaint = records.Complaint(caseFile, records.Institution(), "before 5 May 2021");
            records.Response(complaint, "early June 2021");
            records.Complaint(caseFile, records.Institution("Second institution"), "2015?");
            caseId = caseFile.Id;
            await records.SaveAsync();
        }

        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);
        var exported = new List<(string Edtf, string? Earliest, string? Latest)>();
        foreach (var path in new[] { $"/api/v1/cases/{caseId}", $"/api/v1/cases/{caseId}/timeline" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            response.EnsureSuccessStatusCode();
            Collect(JsonNode.Parse(await response.Content.ReadAsStringAsync())!, exported);
        }

        exported.Select(e => e.Edtf).Distinct().Count().ShouldBeGreaterThanOrEqualTo(IncidentDates.Length - 3, "every form is exported (a few forms share a value)");
        var checker = NodeTools.PathOf("check-edtf.js");
        var (exitCode, output) = await NodeTools.RunAsync("node", string.Join('\n', exported.Select(e => e.Edtf)), checker);
        exitCode.ShouldBe(0, output);
        var readings = JsonSerializer.Deserialize<Reading[]>(output, JsonSerializerOptions.Web)!;

        readings.Length.ShouldBe(exported.Count);
        foreach (var (reading, sent) in readings.Zip(exported))
        {
            reading.Ok.ShouldBeTrue($"{sent.Edtf}: {reading.Error}");
            if (reading.Type != "Season")
            {
                reading.First.ShouldBe(sent.Earliest, $"{sent.Edtf}: first day");
                reading.Last.ShouldBe(sent.Latest, $"{sent.Edtf}: last day");
            }
        }
    }

    /// <summary>Every object with "edtf" beside "earliest" and "latest": a date, or a timeline entry.</summary>
    private static void Collect(JsonNode node, List<(string, string?, string?)> found)
    {
        if (node is JsonObject obj)
        {
            if (obj["edtf"] is JsonValue edtf && obj.ContainsKey("earliest") && obj.ContainsKey("latest"))
            {
                found.Add((edtf.GetValue<string>(), obj["earliest"]?.GetValue<string>(), obj["latest"]?.GetValue<string>()));
            }

            foreach (var (_, child) in obj)
            {
                if (child is not null)
                {
                    Collect(child, found);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                if (child is not null)
                {
                    Collect(child, found);
                }
            }
        }
    }

    private sealed record Reading(string Text, bool Ok, string? Type, string? First, string? Last, string? Error);
}
