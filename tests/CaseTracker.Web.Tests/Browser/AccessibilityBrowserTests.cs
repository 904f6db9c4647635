using CaseTracker.Web.Tests.TestInfrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Browser;

/// <summary>
/// axe-core (WCAG 2.0-2.2 A and AA rules) on every main page, for each role that may open it, on a phone
/// (390 px) and a desktop (1280 px), in English and Russian: no serious or critical violation. A page the
/// app has that is neither checked here nor named as not a main page fails the test, listed by its path.
/// </summary>
[Collection(BrowserJourney.Collection)]
public class AccessibilityBrowserTests : BrowserJourney
{
    private static readonly AxeRunOptions WcagRules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    // Not main pages: they only redirect, answer errors, confirm one action on one record, or belong to the
    // sign-in steps that need a state a journey gives them (SignInBrowserTests covers two-factor set-up).
    private static readonly string[] NotMainPages =
    [
        "/Error", "/Account/Language", "/Account/SignOut", "/Account/AccessDenied", "/Account/SignInTwoFactor", "/Account/SetPassword",
        "/Records/Archive", "/Complaints/StillNoReply", "/Sources/Cite",
    ];

    [Fact]
    public async Task No_main_page_has_a_serious_or_critical_violation_for_any_role_width_or_language()
    {
        var ids = await IdsAsync();
        var adminPages = new Dictionary<string, string>
        {
            ["/Index"] = "/",
            ["/Cases/Index"] = "/Cases",
            ["/Cases/Details"] = $"/Cases/Details/{ids.Case}",
            ["/Timeline/Index"] = $"/Cases/{ids.Case}/Timeline",
            ["/Cases/Create"] = "/Cases/Create",
            ["/Cases/Edit"] = $"/Cases/Edit/{ids.Case}",
            ["/People/Index"] = "/People",
            ["/People/Details"] = $"/People/Details/{ids.Person}",
            ["/People/Create"] = $"/People/Create/{ids.Case}",
            ["/People/Edit"] = $"/People/Edit/{ids.Person}",
            ["/Search/Index"] = "/Search?q=" + Uri.EscapeDataString("custody"),
            ["/Statistics/Index"] = "/Statistics",
            ["/Organisations/Index"] = "/Organisations",
            ["/Organisations/Edit"] = "/Organisations/Edit",
            ["/Institutions/Index"] = "/Institutions",
            ["/Institutions/Edit"] = $"/Institutions/Edit/{ids.Institution}",
            ["/Vocabularies/Index"] = "/Vocabularies",
            ["/Vocabularies/Edit"] = $"/Vocabularies/Edit/{ids.Term}",
            ["/Users/Index"] = "/Users",
            ["/Users/Create"] = "/Users/Create",
            ["/Users/Edit"] = $"/Users/Edit/{ids.User}",
            ["/Audit/Index"] = "/Audit",
            ["/Settings/Index"] = "/Settings",
            ["/Account/TwoFactor"] = "/Account/TwoFactor",
            ["/Account/Tokens"] = "/Account/Tokens",
            ["/Account/ChangePassword"] = "/Account/ChangePassword",
            ["/Incidents/Create"] = $"/Incidents/Create/{ids.Case}",
            ["/Incidents/Edit"] = $"/Incidents/Edit/{ids.Incident}",
            ["/Complaints/Create"] = $"/Complaints/Create/{ids.Case}",
            ["/Complaints/Edit"] = $"/Complaints/Edit/{ids.Complaint}",
            ["/Responses/Create"] = $"/Responses/Create/{ids.Complaint}",
            ["/Responses/Edit"] = $"/Responses/Edit/{ids.Response}",
            ["/Acts/Create"] = $"/Acts/Create/{ids.Case}",
            ["/Acts/Edit"] = $"/Acts/Edit/{ids.Act}",
            ["/Proceedings/Create"] = $"/Proceedings/Create/{ids.Case}",
            ["/Proceedings/Edit"] = $"/Proceedings/Edit/{ids.Proceeding}",
            ["/Steps/Create"] = $"/Steps/Create/{ids.Proceeding}",
            ["/Steps/Edit"] = $"/Steps/Edit/{ids.Step}",
            ["/Sources/Create"] = $"/Sources/Create/{ids.Case}",
            ["/Sources/Edit"] = $"/Sources/Edit/{ids.Source}",
            ["/Records/Archived"] = $"/Records/Archived/{ids.Case}",
        };
        string[] readerPages = ["/Index", "/Cases/Index", "/Cases/Details", "/Timeline/Index", "/People/Index", "/People/Details", "/Search/Index", "/Statistics/Index", "/Organisations/Index"];
        var visits = new List<(string? Email, string Url)> { (null, "/Account/SignIn") };
        visits.AddRange(adminPages.Values.Select(url => ((string?)SignedInClients.Admin, url)));
        visits.AddRange(readerPages.Select(page => ((string?)SignedInClients.Researcher, adminPages[page])));
        visits.AddRange(readerPages.Append("/Incidents/Create").Append("/Complaints/Create").Select(page => ((string?)SignedInClients.Caseworker, adminPages[page])));

        var uncovered = PageRoutes().Except(adminPages.Keys).Except(NotMainPages).Except(["/Account/SignIn"]).ToList();
        uncovered.ShouldBeEmpty("check these pages here, or name them in NotMainPages with the reason");

        // axe takes about a second a page on this machine, so the admin's full list runs on the two screens
        // that differ most (a phone in Russian, a desktop in English) and the readers' pages and sign-in on
        // all four: 184 checks, about three and a half minutes (0.85 s of axe a page, measured).
        var everyScreen = visits.Where(v => v.Email != SignedInClients.Admin || readerPages.Any(p => adminPages[p] == v.Url)).ToList();
        var found = new List<string>();
        found.AddRange(await ViolationsAsync(visits, 390, 844, "ru-RU"));
        found.AddRange(await ViolationsAsync(visits, 1280, 900, "en-GB"));
        found.AddRange(await ViolationsAsync(everyScreen, 390, 844, "en-GB"));
        found.AddRange(await ViolationsAsync(everyScreen, 1280, 900, "ru-RU"));

        found.ShouldBeEmpty();
    }

    private async Task<List<string>> ViolationsAsync(List<(string? Email, string Url)> visits, int width, int height, string locale)
    {
        var found = new List<string>();
        foreach (var group in visits.GroupBy(v => v.Email))
        {
            var page = await Browser.NewPageAsync(width, height, locale);
            if (group.Key is { } email)
            {
                await SignInAsync(page, email);
            }

            foreach (var (_, url) in group)
            {
                await page.GotoAsync(new Uri(BaseUrl, url).ToString());
                var result = await page.RunAxe(WcagRules);
                found.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{url} ({group.Key ?? "anonymous"}, {width} px, {locale}): {v.Id} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}"));
            }

            await page.Context.CloseAsync();
        }

        return found;
    }

    private async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync(new Uri(BaseUrl, "/Account/SignIn").ToString());
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(CaseTrackerFactory.DemoPassword);
        await page.Locator("#Input_Password").PressAsync("Enter");
        try
        {
            // A minute: the suite's other classes load both cores while this one signs in sixteen times.
            await page.WaitForURLAsync(new Uri(BaseUrl, "/").ToString(), new() { Timeout = 60_000 });
        }
        catch (TimeoutException ex)
        {
            // Where the sign-in ended instead, so that a failure here says why.
            var alerts = await page.Locator("[role=alert], .validation-summary-errors, .text-danger").AllInnerTextsAsync();
            throw new TimeoutException($"Signing in as {email} ended at {page.Url}: {string.Join(" | ", alerts)}", ex);
        }
    }

    private List<string> PageRoutes() => Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
        .OfType<string>().Distinct().ToList();

    private sealed record Ids(Guid Case, Guid Person, Guid Institution, Guid Term, Guid User, Guid Incident, Guid Complaint, Guid Response, Guid Act, Guid Proceeding, Guid Step, Guid Source);

    private Task<Ids> IdsAsync() => Factory.QueryAsync(async db =>
    {
        var caseId = await db.Cases.Where(c => c.Reference == "KZ-2022-019").Select(c => c.Id).SingleAsync();
        var complaint = await db.Complaints.Where(c => c.CaseId == caseId && c.Responses.Any()).Select(c => c.Id).FirstAsync();
        var proceeding = await db.Proceedings.Where(p => p.CaseId == caseId).Select(p => p.Id).FirstAsync();
        return new Ids(
            caseId,
            await db.Cases.Where(c => c.Id == caseId).SelectMany(c => c.Participants).Select(p => p.PersonId).FirstAsync(),
            await db.Institutions.Select(i => i.Id).FirstAsync(),
            await db.VocabularyTerms.Select(t => t.Id).FirstAsync(),
            await db.Users.Where(u => u.NormalizedEmail == "RESEARCHER@CASETRACKER.LOCAL").Select(u => u.Id).SingleAsync(),
            await db.Incidents.Where(i => i.CaseId == caseId).Select(i => i.Id).FirstAsync(),
            complaint,
            await db.Responses.Where(r => r.ComplaintId == complaint).Select(r => r.Id).FirstAsync(),
            await db.Acts.Where(a => a.CaseId == caseId).Select(a => a.Id).FirstAsync(),
            proceeding,
            await db.ProceedingSteps.Where(s => s.ProceedingId == proceeding).Select(s => s.Id).FirstAsync(),
            await db.Sources.Where(s => s.CaseId == caseId).Select(s => s.Id).FirstAsync());
    });
}
