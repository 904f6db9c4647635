using CaseTracker.Domain.Dates;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Incidents;

public class IncidentEditTests(AppFixture app) : IClassFixture<AppFixture>
{
    private Task<Guid> IncidentIdAsync(string title) =>
        app.Factory.QueryAsync(db => db.Incidents.Where(i => i.Title == title).Select(i => i.Id).SingleAsync());

    [Fact]
    public async Task A_caseworker_corrects_the_date_and_removes_a_perpetrator_through_the_edit_form()
    {
        var id = await IncidentIdAsync("Investigator points his pistol at him and threatens to kill him");
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await client.GetPageAsync($"/Incidents/Edit/{id}");
        form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Date")!.Value.ShouldBe("10 June 2019");
        var perpetrator = form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.RemovePerpetratorIds']")!;

        using var saved = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Date"] = "c. June 2019",
            ["Input.RemovePerpetratorIds"] = perpetrator.Value,
            ["Input.PerpetratorDescription"] = "Senior investigator",
        });

        saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/Cases/Details/");
        var incident = await app.Factory.QueryAsync(db => db.Incidents.SingleAsync(i => i.Id == id));
        incident.Date.ShouldBe(PartialDate.Parse("c. June 2019"));
        incident.Perpetrators.ShouldHaveSingleItem().Description.ShouldBe("Senior investigator");
        incident.Types.ShouldNotBeEmpty("the types the form showed checked are kept");
        incident.Sources.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_stale_incident_save_is_refused_and_shows_the_saved_version_beside_the_kept_input()
    {
        var id = await IncidentIdAsync("Third round of death threats");
        using var first = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        using var second = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var firstForm = await first.GetPageAsync($"/Incidents/Edit/{id}");
        var secondForm = await second.GetPageAsync($"/Incidents/Edit/{id}");
        using (await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.Place"] = "Karakol, first save" }))
        {
        }

        using var refused = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.Place"] = "Karakol, second save" });

        var page = await HtmlPages.ReadAsync(refused);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Someone else saved this record");
        page.QuerySelector(".conflicts")!.TextContent.ShouldContain("Karakol, first save");
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Place")!.Value.ShouldBe("Karakol, second save");
        (await app.Factory.QueryAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Place).SingleAsync())).ShouldBe("Karakol, first save");
    }

    [Fact]
    public async Task A_date_disagreement_is_recorded_through_the_form_and_a_date_without_its_note_is_refused_next_to_the_note()
    {
        var id = await IncidentIdAsync("Investigator points his pistol at him and threatens to kill him");
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await client.GetPageAsync($"/Incidents/Edit/{id}");

        using var refused = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.AlternativeDate"] = "8 June 2019", ["Input.DateNote"] = "" });

        var page = await HtmlPages.ReadAsync(refused);
        page.QuerySelector("#date-note-error")!.TextContent.ShouldBe("Say which source gives which date.");
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_AlternativeDate")!.Value.ShouldBe("8 June 2019", "what was typed is kept");
        page.QuerySelector("details.alternative-date")!.HasAttribute("open").ShouldBeTrue();

        using var saved = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.AlternativeDate"] = "8 June 2019",
            ["Input.DateNote"] = "The NGO statement says 8 June, the UN communication 10 June.",
        });

        saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/Cases/Details/");
        var incident = await app.Factory.QueryAsync(db => db.Incidents.SingleAsync(i => i.Id == id));
        incident.AlternativeDate.ShouldBe(PartialDate.Parse("8 June 2019"));
        incident.DateNote.ShouldBe("The NGO statement says 8 June, the UN communication 10 June.");
        (await HtmlPages.ReadAsync(saved)).QuerySelector($"#incident-{id} .date-disagreement")!.TextContent.ShouldContain("8 June 2019");
        var again = await client.GetPageAsync($"/Incidents/Edit/{id}");
        again.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_AlternativeDate")!.Value.ShouldBe("8 June 2019");
    }
}
