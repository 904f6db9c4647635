using System.Text;
using System.Text.Json;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Cases;

/// <summary>Downloads of a case (CSV, JSON) and of search results (CSV): escaping, formula neutralising, visibility, audit.</summary>
public class CaseExportTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Tricky = "Raid, \"night\" visit; second line follows";

    [Fact]
    public async Task Case_CSV_keeps_commas_and_quotes_and_neutralises_formula_cells()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        await AddIncidentAsync(caseId, Tricky, "=HYPERLINK(\"http://example.org\",\"x\")");
        await AddIncidentAsync(caseId, "-2+3", "@SUM(A1)");
        await AddIncidentAsync(caseId, "+call", "Almaty, centre\nsecond floor");
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);

        using var response = await researcher.GetAsync(new Uri($"/Cases/Details/{caseId}?handler=Csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble(), "a BOM, so spreadsheets read Cyrillic right");
        var header = rows[0];
        string Cell(string[] row, string column) => row[Array.IndexOf(header, column)];
        var byTitle = rows.Skip(1).Where(r => r[0] == "incident").ToDictionary(r => Cell(r, "title"));
        Cell(byTitle[Tricky], "place").ShouldBe("'=HYPERLINK(\"http://example.org\",\"x\")");
        Cell(byTitle["'-2+3"], "place").ShouldBe("'@SUM(A1)");
        Cell(byTitle["'+call"], "place").ShouldBe("Almaty, centre\nsecond floor");
        var complaint = rows.Skip(1).First(r => r[0] == "complaint");
        Cell(complaint, "status").ShouldNotBeEmpty();
        Cell(complaint, "due_on").Length.ShouldBe(10);
        rows.ShouldAllBe(r => r.Length == header.Length);
        (await ExportsOfAsync(caseId)).ShouldContain(c => c.Contains("csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Case_JSON_download_is_the_redacted_case_file_and_is_audited()
    {
        var caseId = await app.Factory.CaseIdAsync("KG-2020-003");
        using var researcher = await app.Factory.ClientForAsync(Visitor.Researcher);

        using var response = await researcher.GetAsync(new Uri($"/Cases/Details/{caseId}?handler=Json", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("KG-2020-003.json");
        json.RootElement.GetProperty("reference").GetString().ShouldBe("KG-2020-003");
        json.RootElement.GetProperty("incidents").GetArrayLength().ShouldBe(18);
        json.RootElement.GetProperty("complaints").EnumerateArray().ShouldAllBe(c => c.GetProperty("notes").ValueKind == JsonValueKind.Null);
        (await ExportsOfAsync(caseId)).ShouldContain(c => c.Contains("json", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Visitor.Researcher)]
    [InlineData(Visitor.UnassignedCaseworker)]
    public async Task Search_CSV_lists_incidents_and_complaints_without_restricted_ones(Visitor visitor)
    {
        await app.Factory.RestrictedCaseIdsAsync();
        using var client = await app.Factory.ClientForAsync(visitor);

        using var response = await client.GetAsync(new Uri("/Search?handler=Csv&q=" + Uri.EscapeDataString("court or complaint or appeal or airport"), UriKind.Relative));
        var rows = ParseCsv((await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var kinds = rows.Skip(1).Select(r => r[0]).Distinct().ToList();
        var references = rows.Skip(1).Select(r => r[2]).Distinct().ToList();
        kinds.ShouldBe(["incident", "complaint"], ignoreOrder: true);
        references.ShouldNotContain(RestrictedCaseVisitors.Reference);
    }

    private async Task<List<string>> ExportsOfAsync(Guid caseId) =>
        (await app.Factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Export && a.EntityId == caseId).Select(a => a.Changes).ToListAsync()))
        .Select(c => c ?? "").ToList();

    private Task AddIncidentAsync(Guid caseId, string title, string place) => app.Factory.QueryAsync(async db =>
    {
        if (await db.Incidents.AnyAsync(i => i.Title == title))
        {
            return 0;
        }

        var incident = new Incident(caseId, title, PartialDate.Parse("2023"));
        incident.Describe(title, null, incident.Date, place, VerificationStatus.Alleged);
        incident.Classify([await db.VocabularyTerms.Where(t => t.Vocabulary == Vocabulary.IncidentType).Select(t => t.Id).FirstAsync()]);
        db.Incidents.Add(incident);
        return await db.SaveChangesAsync();
    });

    /// <summary>RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                rows.Add([.. row]);
                row.Clear();
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        return rows;
    }
}
