using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Browser;

/// <summary>
/// The demo as a visitor would try it: the three demo roles each see what they should, and the admin's
/// audit page shows that session's own actions with a verified chain; a restricted case prints with its
/// marking. Screenshots and the printed PDF go to the artifacts.
/// </summary>
[Collection(BrowserJourney.Collection)]
public class RolesDemoBrowserTests : BrowserJourney
{
    [Fact]
    public async Task Each_demo_role_sees_what_it_should_and_the_audit_page_shows_the_session_with_a_verified_chain()
    {
        var restricted = RestrictedCaseVisitors.Reference;

        var researcher = await SignInAsync(SignedInClients.Researcher, 390, 844);
        await researcher.GotoAsync(new Uri(BaseUrl, "/Cases").ToString());
        await Assertions.Expect(researcher.GetByRole(AriaRole.Link, new() { Name = "KG-2020-003" }).First).ToBeVisibleAsync();
        await Assertions.Expect(researcher.GetByText(restricted)).ToHaveCountAsync(0);
        await Assertions.Expect(researcher.GetByRole(AriaRole.Link, new() { Name = "New case" })).ToHaveCountAsync(0);
        await Browser.SaveScreenshotAsync(researcher, "roles-researcher-390.png");

        var caseworker = await SignInAsync(SignedInClients.Caseworker, 390, 844);
        await caseworker.GotoAsync(new Uri(BaseUrl, "/Cases").ToString());
        await caseworker.GetByRole(AriaRole.Link, new() { Name = restricted }).First.ClickAsync();
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("travel ban");
        await Browser.SaveScreenshotAsync(caseworker, "roles-caseworker-390.png");

        // On paper: no menu, the date and who printed it, and the restricted marking (also in every page's margin, in the PDF).
        await caseworker.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(caseworker.Locator("header.site-header")).ToBeHiddenAsync();
        await Assertions.Expect(caseworker.Locator(".print-stamp")).ToContainTextAsync($"by {SignedInClients.Caseworker}");
        await Assertions.Expect(caseworker.Locator(".print-marking")).ToHaveTextAsync("Restricted case: confidential. Do not copy, share or leave unattended.");
        await caseworker.PdfAsync(new() { Path = Path.Combine(BrowserSession.ArtifactsFolder, "restricted-case-print.pdf"), DisplayHeaderFooter = false });
        await caseworker.EmulateMediaAsync(new() { Media = Media.Screen });
        await Assertions.Expect(caseworker.Locator(".print-marking")).ToBeHiddenAsync();

        var admin = await SignInAsync(SignedInClients.Admin, 1280, 900);
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Audit trail" })).ToBeVisibleAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Verify the chain" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("The chain is intact");
        var list = admin.Locator("ol.audit-list");
        await Assertions.Expect(list).ToContainTextAsync("Read restricted case");
        foreach (var name in new[] { "Demo Researcher", "Demo Caseworker", "Demo Admin" })
        {
            await Assertions.Expect(list.Locator("li", new() { HasText = "Sign in" }).Filter(new() { HasText = name }).First).ToBeVisibleAsync();
        }

        await Browser.SaveScreenshotAsync(admin, "roles-admin-audit-1280.png");
    }
}
