using System.Globalization;
using System.Text.RegularExpressions;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Browser;

/// <summary>
/// Issue 16's first journey, in English and in Russian, on a phone: a caseworker logs an incident known
/// only to the month, files a complaint about it, records the institution's response, and finds all three
/// on the case's timeline. Each save lands on the saved record, marked, with its confirmation beside it.
/// Screenshots at 390 and 1280 px go to the artifacts.
/// </summary>
[Collection(BrowserJourney.Collection)]
public partial class CaseworkerJourneyBrowserTests : BrowserJourney
{
    [Theory]
    [InlineData("en", "May 2019", "June 2019", "15 July 2019")]
    [InlineData("ru", "май 2019", "июнь 2019", "15 июля 2019")]
    public async Task A_caseworker_logs_an_incident_files_a_complaint_records_the_response_and_sees_all_three_on_the_timeline(
        string language, string incidentDate, string filedOn, string answeredOn)
    {
        var ui = UiLanguage.Of(language);
        var culture = CultureInfo.GetCultureInfo(language);
        var caseId = await Factory.CaseIdAsync("KZ-2023-011");
        var typeLabel = await Factory.QueryAsync(db => db.VocabularyTerms.Where(t => t.Label == "Judicial harassment").Select(t => language == "ru" ? t.LabelRu! : t.Label).SingleAsync());
        var title = $"{language}: summoned for questioning without notice";
        var subject = $"{language}: complaint about the summons";

        var page = await SignInAsync(SignedInClients.Caseworker, 390, 844, ui);
        await page.GotoAsync(new Uri(BaseUrl, $"/Cases/Details/{caseId}").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = ui["Add incident"], Exact = true }).ClickAsync();
        await page.Locator("#Input_Title").FillAsync(title);
        await page.Locator("#Input_Date").PressSequentiallyAsync(incidentDate);
        await Assertions.Expect(page.Locator("#Input_Date_reading")).ToContainTextAsync(PartialDate.Parse(incidentDate).ToString(culture));
        await page.GetByLabel(typeLabel, new() { Exact = true }).CheckAsync();
        await SaveScreenshotsAsync(page, "caseworker-incident-form", ui);
        await page.GetByRole(AriaRole.Button, new() { Name = ui["Add incident"] }).ClickAsync();

        var incident = await SavedRecordAsync(page, "incident", ui["Incident added."]);
        await Assertions.Expect(incident.Locator(".record-date")).ToHaveTextAsync(PartialDate.Parse(incidentDate).ToString(culture));
        await SaveScreenshotsAsync(page, "caseworker-incident-saved", ui);

        await page.GetByRole(AriaRole.Link, new() { Name = ui["Add complaint"], Exact = true }).ClickAsync();
        await page.Locator("#Input_Subject").FillAsync(subject);
        await page.Locator("#Input_KindId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var institution = page.Locator("#Input_InstitutionId");
        await institution.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var institutionName = (await institution.Locator("option:checked").InnerTextAsync()).Trim();
        await page.Locator("#Input_FiledOn").PressSequentiallyAsync(filedOn);
        await page.GetByLabel(title).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = ui["Add complaint"] }).ClickAsync();

        var complaint = await SavedRecordAsync(page, "complaint", ui["Complaint added."]);
        await Assertions.Expect(complaint).ToContainTextAsync(subject);
        await complaint.GetByRole(AriaRole.Link, new() { Name = ui["Record a response"] }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(institutionName, new() { Timeout = 5_000 });
        await page.Locator("#Input_Date").PressSequentiallyAsync(answeredOn);
        await page.Locator("#Input_OutcomeId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Input_Summary").FillAsync($"{language}: the prosecutor found no violation");
        await SaveScreenshotsAsync(page, "caseworker-response-form", ui);
        await page.GetByRole(AriaRole.Button, new() { Name = ui["Record response"] }).ClickAsync();

        var response = await SavedRecordAsync(page, "response", ui["Response recorded."]);
        await Assertions.Expect(response).ToContainTextAsync($"{language}: the prosecutor found no violation");

        await page.GetByRole(AriaRole.Link, new() { Name = ui["Timeline"], Exact = true }).ClickAsync();
        var entries = page.Locator("ol.timeline > li");
        await Assertions.Expect(entries.Filter(new() { HasText = title }).Locator("b")).ToHaveTextAsync(PartialDate.Parse(incidentDate).ToString(culture));
        await Assertions.Expect(entries.Filter(new() { HasText = subject })).ToHaveCountAsync(2, new() { Timeout = 5_000 });
        await Assertions.Expect(page.Locator("ol.timeline > li[id^='e-']", new() { HasText = subject }).Locator("b")).ToHaveTextAsync(PartialDate.Parse(filedOn).ToString(culture));
        await Assertions.Expect(entries.Filter(new() { HasText = subject }).Last.Locator("b")).ToHaveTextAsync(PartialDate.Parse(answeredOn).ToString(culture));
        await Assertions.Expect(entries.Filter(new() { HasText = subject }).Last).ToContainTextAsync(institutionName);
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the timeline fits a phone");
        await Assertions.Expect(page.Locator(".timeline-figure")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".year-jumps a[href='#year-2019']")).ToContainTextAsync("2019 (", new() { Timeout = 5_000 });
        await SaveScreenshotsAsync(page, "caseworker-timeline", ui);
    }

    /// <summary>After a save: the page is at the saved record, which is marked, focused, and holds the confirmation in view.</summary>
    private static async Task<ILocator> SavedRecordAsync(IPage page, string kind, string confirmation)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Cases/Details/.+#{kind}-"));
        var record = page.Locator($"[id^='{kind}-'].just-saved");
        await Assertions.Expect(record).ToHaveCountAsync(1);
        var status = record.GetByRole(AriaRole.Status);
        await Assertions.Expect(status).ToHaveTextAsync(confirmation);
        await Assertions.Expect(record).ToBeFocusedAsync();
        await Assertions.Expect(status).ToBeInViewportAsync();
        return record;
    }
}
