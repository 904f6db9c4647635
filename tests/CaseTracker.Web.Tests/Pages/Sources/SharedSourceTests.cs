using System.Net;
using System.Text.Json;
using CaseTracker.Domain.Cases;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Sources;

/// <summary>
/// One report about two defenders, entered once in the first case and cited by the second: found by
/// typing part of its title (never a source of a case the user may not see), cited with one button,
/// cited by a record of each case (with the page it says it on), and its date is what the second case's silence is known as of, on
/// the case page (the C# rule, SourcesOfCase.OfCase) and in statistics (its SQL twin) alike.
/// </summary>
public sealed class SharedSourceTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_report_entered_once_is_cited_by_two_cases_and_dates_the_silence_of_both()
    {
        CaseFile first, second;
        Guid sourceId, firstIncident, secondIncident, institutionId;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            first = records.Case("Shared report first defender", country: "SI");
            second = records.Case("Shared report second defender", country: "SI");
            var hidden = records.Case("Shared report hidden case", country: "SI", sensitivity: Sensitivity.Restricted);
            var report = records.Source(first, "Annual report on defenders at risk 2021");
            report.Describe(report.Title, report.Kind, "Rights Watch (fictional)", Domain.Dates.PartialDate.Day(2022, 1, 15), null, null, Domain.Sources.Reliability.High, false, null);
            records.Source(hidden, "Annual report on defenders at risk, restricted draft");
            firstIncident = records.Incident(first, "3 March 2021", "First defender beaten").Id;
            secondIncident = records.Incident(second, "4 March 2021", "Second defender detained").Id;
            var institution = records.Institution("Shared report prosecutor (fictional)");
            records.Complaint(second, institution, "1 June 2021", "Investigate the detention");
            await records.SaveAsync();
            (sourceId, institutionId) = (report.Id, institution.Id);
            records.Db.Incidents.Single(i => i.Id == firstIncident).CiteSources([sourceId]);
            await records.SaveAsync();
        }

        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var found = await caseworker.GetPageAsync($"/Sources/Cite/{second.Id}?Title=report+on+DEFENDERS");
        var matches = found.QuerySelectorAll(".source-matches li").ToList();
        matches.Count.ShouldBe(1, "the restricted case's source is not offered to a caseworker who may not see that case");
        matches[0].TextContent.ShouldContain("Annual report on defenders at risk 2021");
        matches[0].TextContent.ShouldContain($"entered in {first.Reference}");
        (await caseworker.GetPageAsync($"/Sources/Cite/{second.Id}?Title=no+such+report")).QuerySelector(".no-matches").ShouldNotBeNull();

        using var cited = await caseworker.SubmitAsync(found, new Dictionary<string, string>(), ".source-matches form");
        cited.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{second.Id}");
        var secondPage = await HtmlPages.ReadAsync(cited);
        var listed = secondPage.QuerySelector("ol.sources li")!;
        listed.TextContent.ShouldContain("Annual report on defenders at risk 2021");
        listed.QuerySelector(".shared-source").ShouldNotBeNull();
        listed.QuerySelector("a[href^='/Sources/Edit']").ShouldBeNull("it is edited in the case it was entered in");

        var incidentForm = await caseworker.GetPageAsync($"/Incidents/Edit/{secondIncident}");
        incidentForm.QuerySelector($"input[name='Input.SourceIds'][value='{sourceId}']").ShouldNotBeNull("the second case's records can cite it");
        using var tooLong = await caseworker.SubmitAsync(incidentForm, new Dictionary<string, string>
        {
            ["Input.SourceIds"] = sourceId.ToString(),
            [$"Input.SourceLocators[{sourceId}]"] = new string('p', 101),
        });
        var tooLongPage = await HtmlPages.ReadAsync(tooLong);
        tooLongPage.QuerySelector("[id='Input.SourceIds-error']")!.TextContent.ShouldBe("A page or paragraph can have at most 100 characters.", "refused next to the sources");
        using var saved = await caseworker.SubmitAsync(tooLongPage, new Dictionary<string, string> { [$"Input.SourceLocators[{sourceId}]"] = "p. 12, para. 3" });
        saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{second.Id}");
        (await HtmlPages.ReadAsync(saved)).QuerySelector($"#incident-{secondIncident} .source-ref")!.TextContent.ShouldBe("[1, p. 12, para. 3]", "the citation says where in the report");
        (await caseworker.GetPageAsync($"/Incidents/Edit/{secondIncident}")).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"input[name='Input.SourceLocators[{sourceId}]']")!.Value
            .ShouldBe("p. 12, para. 3");
        var citing = await app.Factory.QueryAsync(db => db.Incidents.Where(i => i.Sources.Any(s => s.SourceId == sourceId)).Select(i => i.Id).ToListAsync());
        citing.ShouldBe([firstIncident, secondIncident], ignoreOrder: true);

        // Un-citing while a record cites it is refused; nothing changes.
        using var refused = await caseworker.SubmitAsync(secondPage, new Dictionary<string, string>(), "ol.sources form");
        (await HtmlPages.ReadAsync(refused)).Body!.TextContent.ShouldContain("Records of this case cite this source. Remove it from them first.");
        (await app.Factory.QueryAsync(db => db.Sources.SingleAsync(s => s.Id == sourceId))).CitedIn.Select(c => c.CaseId).ShouldBe([second.Id]);

        // The report of 15 January 2022 is the newest news of the second case: its silence is known to then (228 days after filing).
        using var caseJson = JsonDocument.Parse(await caseworker.GetStringAsync(new Uri($"/api/v1/cases/{second.Id}", UriKind.Relative)));
        var complaint = caseJson.RootElement.GetProperty("complaints").EnumerateArray().Single();
        complaint.GetProperty("silenceKnownAsOf").GetString().ShouldBe("2022-01-15");
        complaint.GetProperty("daysOfSilence").GetInt32().ShouldBe(228);
        using var statistics = JsonDocument.Parse(await caseworker.GetStringAsync(new Uri("/api/v1/statistics?country=SI", UriKind.Relative)));
        statistics.RootElement.GetProperty("institutions").EnumerateArray().Single(i => i.GetProperty("institutionId").GetGuid() == institutionId)
            .GetProperty("longestSilenceDays").GetInt32().ShouldBe(228, "statistics count the silence as of the same shared source");

        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher, followRedirects: false);
        (await researcher.GetAsync(new Uri($"/Sources/Cite/{second.Id}?Title=report", UriKind.Relative))).StatusCode.ShouldNotBe(HttpStatusCode.OK, "only those who edit cases cite sources");
    }
}
