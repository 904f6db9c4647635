using System.Text.Json;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Pages.Incidents;

/// <summary>
/// The incident fields that once stopped short of some views (docs/adding-a-field.md): the place and
/// the second date a source gives, with its note, reach the case page, the timeline page and its CSV,
/// Markdown and JSON, the case's CSV and JSON, and the place is found by search.
/// </summary>
public sealed class IncidentFieldsReachEveryViewTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Note = "The ministry's statement gives the later date";

    [Fact]
    public async Task Place_second_date_and_date_note_reach_every_view_and_the_place_is_searchable()
    {
        var place = "Zhanaozenwell" + Guid.NewGuid().ToString("N")[..6];
        Guid caseId;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("Fields fixture");
            var incident = records.Incident(caseFile, "12 March 2021", "Detained at the checkpoint", place: place);
            incident.RecordDateDisagreement(PartialDate.Parse("14 March 2021"), Note);
            await records.SaveAsync();
            caseId = caseFile.Id;
        }

        using var client = await app.Factory.ClientForAsync(Visitor.Admin);
        var casePage = (await client.GetPageAsync($"/Cases/Details/{caseId}")).Body!.TextContent;
        var timelinePage = (await client.GetPageAsync($"/Cases/{caseId}/Timeline")).Body!.TextContent;
        var timelineCsv = await client.GetStringAsync(new Uri($"/Cases/{caseId}/Timeline?handler=Csv", UriKind.Relative));
        var timelineMarkdown = await client.GetStringAsync(new Uri($"/Cases/{caseId}/Timeline?handler=Markdown", UriKind.Relative));
        var caseCsv = await client.GetStringAsync(new Uri($"/Cases/Details/{caseId}?handler=Csv", UriKind.Relative));
        using var caseJson = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/Cases/Details/{caseId}?handler=Json", UriKind.Relative)));
        using var timelineJson = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/cases/{caseId}/timeline", UriKind.Relative)));
        using var search = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/search?q={place}", UriKind.Relative)));

        foreach (var (view, text) in new[] { ("case page", casePage), ("timeline page", timelinePage), ("timeline Markdown", timelineMarkdown) })
        {
            text.ShouldContain(place, Case.Sensitive, view);
            text.ShouldContain("also given as 14 March 2021", Case.Sensitive, view);
            text.ShouldContain(Note, Case.Sensitive, view);
        }

        foreach (var (view, csv) in new[] { ("timeline CSV", timelineCsv), ("case CSV", caseCsv) })
        {
            var lines = csv.TrimStart('\uFEFF').Split("\r\n");
            var header = lines[0].Split(',');
            var cells = lines.Single(l => l.Contains("Detained at the checkpoint", StringComparison.Ordinal)).Split(',');
            cells[Array.IndexOf(header, "place")].ShouldBe(place, view);
            cells[Array.IndexOf(header, "alternative_edtf")].ShouldBe("2021-03-14", view);
            cells[Array.IndexOf(header, "date_note")].ShouldBe(Note, view);
            cells[Array.IndexOf(header, "types")].ShouldBe("Arbitrary detention", view);
        }

        var fromCase = caseJson.RootElement.GetProperty("incidents")[0];
        var fromTimeline = timelineJson.RootElement.GetProperty("entries")[0].GetProperty("incident");
        foreach (var (view, incident) in new[] { ("case JSON", fromCase), ("timeline JSON", fromTimeline) })
        {
            incident.GetProperty("place").GetString().ShouldBe(place, view);
            incident.GetProperty("alternativeDate").GetProperty("edtf").GetString().ShouldBe("2021-03-14", view);
            incident.GetProperty("alternativeDate").GetProperty("text").GetString().ShouldBe("14 March 2021", view);
            incident.GetProperty("dateNote").GetString().ShouldBe(Note, view);
            incident.GetProperty("date").GetProperty("earliest").GetString().ShouldBe("2021-03-12", view);
            incident.GetProperty("types")[0].GetString().ShouldBe("Arbitrary detention", view);
        }

        search.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString())
            .ShouldBe(["Detained at the checkpoint"], "the place is part of the incident's searchable text");
    }
}
