using System.Net;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Security;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Admin;

/// <summary>Admins create accounts with a one-time link, change roles, disable, and assign restricted cases; all through the pages.</summary>
public class UserAdministrationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Password = "seven quiet lanterns at dusk";

    /// <summary>Creates an account through the page and sets its password through the handed-over link.</summary>
    private async Task<(Guid Id, string Email, string Link)> CreateThroughPagesAsync(HttpClient admin, string role, string name = "Aigerim Test")
    {
        var email = $"new-{Guid.NewGuid():N}@example.org";
        var form = await admin.GetPageAsync("/Users/Create");
        using var created = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Email"] = email, ["Input.Role"] = role });
        var edit = await HtmlPages.ReadAsync(created);
        var link = edit.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#password-link")!.Value;
        var id = await app.Factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        using var owner = app.Factory.CreateClient();
        var setForm = await owner.GetPageAsync(new Uri(link).PathAndQuery);
        using var set = await owner.SubmitAsync(setForm, new Dictionary<string, string> { ["Input.NewPassword"] = Password, ["Input.ConfirmPassword"] = Password });
        (await HtmlPages.ReadAsync(set)).QuerySelector("[role=status]")!.TextContent.ShouldBe("Your password is set.");
        return (id, email, link);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Factory.CreateClientWithoutRedirects();
        using var response = await client.SignInAsync(email, Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [Fact]
    public async Task A_new_account_gets_a_link_that_sets_its_password_once()
    {
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);

        var (id, email, link) = await CreateThroughPagesAsync(admin, Roles.Researcher);

        using (var owner = await SignedInAsync(email))
        {
            (await owner.GetAsync(new Uri("/Cases", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var again = app.Factory.CreateClient();
        var secondUse = await again.GetPageAsync(new Uri(link).PathAndQuery);
        using var refused = await again.SubmitAsync(secondUse, new Dictionary<string, string> { ["Input.NewPassword"] = "another twelve chars", ["Input.ConfirmPassword"] = "another twelve chars" });
        (await HtmlPages.ReadAsync(refused)).QuerySelector("[role=alert]")!.TextContent.ShouldContain("This link has expired or has already been used.");
        var actions = await app.Factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId == id).Select(a => a.Action).ToListAsync());
        actions.ShouldContain(AuditAction.UserCreated);
        actions.ShouldContain(AuditAction.PasswordLinkIssued);
        actions.ShouldContain(AuditAction.PasswordSet);
    }

    [Fact]
    public async Task The_users_list_shows_each_name_and_state_and_a_name_is_required_and_its_change_audited()
    {
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var form = await admin.GetPageAsync("/Users/Create");
        using (var refused = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = " ", ["Input.Email"] = "nameless@example.org", ["Input.Role"] = Roles.Researcher }))
        {
            var page = await HtmlPages.ReadAsync(refused);
            page.QuerySelector("#name-error")!.TextContent.ShouldBe("Enter the name colleagues know this user by.");
            page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Email")!.Value.ShouldBe("nameless@example.org", "nothing typed is lost");
        }

        (await app.Factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "nameless@example.org"))).ShouldBeFalse();
        var (id, email, _) = await CreateThroughPagesAsync(admin, Roles.Researcher, "Нургуль Test");

        var row = (await admin.GetPageAsync("/Users")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        row.QuerySelector("a")!.TextContent.ShouldBe("Нургуль Test");
        row.QuerySelector("td[data-label=State]")!.TextContent.ShouldContain("Can sign in");

        var edit = await admin.GetPageAsync($"/Users/Edit/{id}");
        using (var blank = await admin.SubmitAsync(edit, new Dictionary<string, string> { ["name"] = "" }, "form[action*='handler=Name']"))
        {
            (await HtmlPages.ReadAsync(blank)).QuerySelector("#name-error")!.TextContent.ShouldStartWith("Enter the name colleagues know this user by");
        }

        using (var renamed = await admin.SubmitAsync(edit, new Dictionary<string, string> { ["name"] = "Nurgul Test" }, "form[action*='handler=Name']"))
        {
            var page = await HtmlPages.ReadAsync(renamed);
            page.QuerySelector("[role=status]")!.TextContent.ShouldBe("Name saved.");
            page.QuerySelector("h1")!.TextContent.ShouldBe("Nurgul Test");
        }

        var changes = await app.Factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId == id && a.Action == AuditAction.Update).Select(a => a.Changes).SingleAsync());
        changes.ShouldBe("{\"DisplayName\": [\"Нургуль Test\", \"Nurgul Test\"]}", "stored as jsonb, so PostgreSQL spaces it");
    }

    [Fact]
    public async Task A_role_change_or_disabling_ends_the_users_open_session_at_once()
    {
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var (id, email, _) = await CreateThroughPagesAsync(admin, Roles.Caseworker);
        using var user = await SignedInAsync(email);
        (await user.GetAsync(new Uri("/Cases/Create", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var edit = await admin.GetPageAsync($"/Users/Edit/{id}");
        using (await admin.SubmitAsync(edit, new Dictionary<string, string> { ["role"] = Roles.Researcher }, "form[action*='handler=Role']"))
        {
        }

        using (var refused = await user.GetAsync(new Uri("/Cases", UriKind.Relative)))
        {
            refused.Headers.Location!.AbsolutePath.ShouldBe(IdentitySetup.SignInPath, "the role change ended the session");
        }

        using var asResearcher = await SignedInAsync(email);
        using (var create = await asResearcher.GetAsync(new Uri("/Cases/Create", UriKind.Relative)))
        {
            create.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        }

        using (await admin.SubmitAsync(await admin.GetPageAsync($"/Users/Edit/{id}"), new Dictionary<string, string>(), "form[action*='handler=Disable']"))
        {
        }

        using (var disabled = await asResearcher.GetAsync(new Uri("/Cases", UriKind.Relative)))
        {
            disabled.Headers.Location!.AbsolutePath.ShouldBe(IdentitySetup.SignInPath);
        }

        using var signIn = app.Factory.CreateClient();
        using var again = await signIn.SignInAsync(email, Password);
        (await HtmlPages.ReadAsync(again)).QuerySelector("[role=alert]").ShouldNotBeNull("a disabled account cannot sign in");
    }

    [Fact]
    public async Task A_restricted_case_becomes_visible_to_a_caseworker_only_while_assigned()
    {
        var restricted = await app.Factory.CaseIdAsync("TJ-2024-002");
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var (id, email, _) = await CreateThroughPagesAsync(admin, Roles.Caseworker);
        using var caseworker = await SignedInAsync(email);
        (await caseworker.GetAsync(new Uri($"/Cases/Details/{restricted}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var edit = await admin.GetPageAsync($"/Users/Edit/{id}");
        using (await admin.SubmitAsync(edit, new Dictionary<string, string> { ["assigned"] = restricted.ToString() }, "form[action*='handler=Cases']"))
        {
        }

        (await caseworker.GetAsync(new Uri($"/Cases/Details/{restricted}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = await admin.GetPageAsync($"/Users/Edit/{id}");
        again.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"#case-{restricted}")!.IsChecked.ShouldBeTrue();
        using (await admin.SubmitAsync(again, new Dictionary<string, string> { ["assigned"] = "" }, "form[action*='handler=Cases']"))
        {
        }

        (await caseworker.GetAsync(new Uri($"/Cases/Details/{restricted}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_admins_reach_user_administration_and_an_admin_cannot_disable_themselves()
    {
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        using (var refused = await caseworker.GetAsync(new Uri("/Users", UriKind.Relative)))
        {
            refused.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        }

        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var list = await admin.GetPageAsync("/Users");
        list.QuerySelector("main table")!.TextContent.ShouldContain(SignedInClients.Researcher);
        var adminId = await app.Factory.QueryAsync(db => db.Users.Where(u => u.Email == SignedInClients.Admin).Select(u => u.Id).SingleAsync());
        var self = await admin.GetPageAsync($"/Users/Edit/{adminId}");
        self.QuerySelector("form[action*='handler=Disable']").ShouldBeNull();
    }

    [Fact]
    public async Task Requiring_a_new_password_ends_the_users_session_and_the_next_sign_in_asks_for_one()
    {
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var (id, email, _) = await CreateThroughPagesAsync(admin, Roles.Researcher);
        using var user = await SignedInAsync(email);

        using (await admin.SubmitAsync(await admin.GetPageAsync($"/Users/Edit/{id}"), new Dictionary<string, string>(), "form[action*='handler=RequirePasswordChange']"))
        {
        }

        using (var ended = await user.GetAsync(new Uri("/Cases", UriKind.Relative)))
        {
            ended.Headers.Location!.AbsolutePath.ShouldBe(IdentitySetup.SignInPath);
        }

        using var again = app.Factory.CreateClient();
        using var signedIn = await again.SignInAsync(email, Password);
        signedIn.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/ChangePassword");
    }
}
