using AngleSharp.Html.Dom;
using CaseTracker.Domain.People;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.People;

public class OrganisationTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_caseworker_creates_an_organisation_and_adds_a_person_to_it_then_removes_the_old_membership()
    {
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await client.GetPageAsync("/Organisations/Edit");
        using (await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "Karakol Lawyers' Circle (fictional)", ["Input.CountryCode"] = "KG" }))
        {
        }

        var person = await app.Factory.QueryAsync(db => db.Persons.Where(p => p.Name == "Kamil Ruziev").Select(p => p.Id).SingleAsync());
        var edit = await client.GetPageAsync($"/People/Edit/{person}");
        var ventus = await app.Factory.QueryAsync(db => db.Organisations.Where(o => o.Name == "Ventus").Select(o => o.Id).SingleAsync());
        using var saved = await client.SubmitAsync(edit, new Dictionary<string, string>
        {
            ["Memberships.JoinOrganisationId"] = edit.OptionValue("Memberships.JoinOrganisationId", "Karakol Lawyers' Circle (fictional)"),
            ["Memberships.JoinRole"] = "Member",
            ["Memberships.Leave"] = ventus.ToString(),
        });

        var page = await HtmlPages.ReadAsync(saved);
        var organisations = page.QuerySelectorAll(".case-facts div").Single(d => d.QuerySelector("dt")!.TextContent == "Organisations").QuerySelector("dd")!.TextContent;
        organisations.ShouldBe("Karakol Lawyers' Circle (fictional)");
        var list = await client.GetPageAsync("/Organisations");
        list.QuerySelector(".organisations")!.TextContent.ShouldContain("Karakol Lawyers' Circle (fictional)");
    }

    [Fact]
    public async Task An_organisation_whose_only_members_are_in_a_restricted_case_is_not_listed_for_a_researcher()
    {
        await app.Factory.QueryAsync(async db =>
        {
            var hidden = new Organisation("Secret Group (fictional)", "TJ");
            db.Organisations.Add(hidden);
            var activist = await db.Persons.SingleAsync(p => p.Name.StartsWith("Farrukh"));
            activist.JoinOrganisation(hidden.Id, null);
            return await db.SaveChangesAsync();
        });
        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);

        (await researcher.GetPageAsync("/Organisations")).QuerySelector("main")!.TextContent.ShouldNotContain("Secret Group");
        (await caseworker.GetPageAsync("/Organisations")).QuerySelector("main")!.TextContent.ShouldContain("Secret Group");
    }

    [Fact]
    public async Task An_organisation_known_only_from_a_restricted_case_is_neither_offered_nor_joinable_for_an_unassigned_caseworker()
    {
        var ids = await app.Factory.RestrictedCaseIdsAsync();
        var visiblePerson = await app.Factory.QueryAsync(db => db.Persons.Where(p => p.Name == "Kamil Ruziev").Select(p => p.Id).SingleAsync());
        using var unassigned = await app.Factory.ClientForAsync(Visitor.UnassignedCaseworker);
        using var assigned = await app.Factory.ClientForAsync(Visitor.AssignedCaseworker);

        var edit = await unassigned.GetPageAsync($"/People/Edit/{visiblePerson}");
        edit.QuerySelectorAll<IHtmlOptionElement>("select[name='Memberships.JoinOrganisationId'] option").Select(o => o.Value)
            .ShouldNotContain(ids.Organisation.ToString());
        (await unassigned.GetPageAsync("/Organisations")).QuerySelector("main")!.TextContent.ShouldNotContain("Pamir Water Watch");
        (await assigned.GetPageAsync("/Organisations")).QuerySelector("main")!.TextContent.ShouldContain("Pamir Water Watch");

        // A forged choice of it is dropped, not saved.
        var forged = await unassigned.GetPageAsync($"/People/Edit/{visiblePerson}");
        var form = forged.QuerySelector<IHtmlFormElement>("main form")!;
        var option = (IHtmlOptionElement)forged.CreateElement("option");
        option.Value = ids.Organisation.ToString();
        form.QuerySelector<IHtmlSelectElement>("select[name='Memberships.JoinOrganisationId']")!.AddOption(option);
        using (await unassigned.SubmitAsync(forged, new Dictionary<string, string> { ["Memberships.JoinOrganisationId"] = ids.Organisation.ToString() }))
        {
        }

        (await app.Factory.QueryAsync(db => db.Persons.Where(p => p.Id == visiblePerson).SelectMany(p => p.Memberships).AnyAsync(m => m.OrganisationId == ids.Organisation)))
            .ShouldBeFalse();
        using var page = await unassigned.GetAsync(new Uri($"/Organisations/Edit/{ids.Organisation}", UriKind.Relative));
        page.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }
}
