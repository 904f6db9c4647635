using AngleSharp.Html.Dom;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.People;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Records;

/// <summary>
/// Two people load the same record; the first changes only one kind of link and saves; the second
/// saves a different change of the same links from the older form. The second save must be refused
/// like any stale save, and the first change kept: the version covers the record as a person sees it.
/// </summary>
public class LinkedChoicesConflictTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Incident = "Third round of death threats";
    private const string Complaint = "Investigate the threats by the investigator";

    [Theory]
    [InlineData("incident", "Input.TypeIds")]
    [InlineData("incident", "Input.VictimIds")]
    [InlineData("incident", "Input.SourceIds")]
    [InlineData("complaint", "Input.IncidentIds")]
    [InlineData("complaint", "Input.SourceIds")]
    public async Task A_stale_save_of_checked_links_is_refused_and_the_first_change_kept(string record, string field)
    {
        await SecondPersonInTheCaseAsync();
        var url = await EditUrlAsync(record);
        using var first = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        using var second = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var firstForm = await first.GetPageAsync(url);
        var secondForm = await second.GetPageAsync(url);
        var boxes = firstForm.QuerySelectorAll<IHtmlInputElement>($"input[type=checkbox][name='{field}']").ToList();
        boxes.Count.ShouldBeGreaterThanOrEqualTo(2, $"{field} offers two choices to change");
        var ticked = boxes.Where(b => b.IsChecked).Select(b => b.Value).ToList();
        var firstChoice = Toggle(ticked, boxes[^1].Value);
        var secondChoice = Toggle(ticked, boxes[^2].Value);

        using (var saved = await first.SubmitAsync(firstForm, new Dictionary<string, string> { [field] = string.Join(',', firstChoice) }))
        {
            (await HtmlPages.ReadAsync(saved)).QuerySelector("[role=alert]")?.TextContent.ShouldNotContain("Someone else saved this record");
        }

        using var refused = await second.SubmitAsync(secondForm, new Dictionary<string, string> { [field] = string.Join(',', secondChoice) });

        var page = await HtmlPages.ReadAsync(refused);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Someone else saved this record");
        page.QuerySelectorAll<IHtmlInputElement>($"input[type=checkbox][name='{field}']").Where(b => b.IsChecked).Select(b => b.Value)
            .ShouldBe(secondChoice, ignoreOrder: true, "the refused form keeps what the second person chose");
        var reloaded = await first.GetPageAsync(url);
        reloaded.QuerySelectorAll<IHtmlInputElement>($"input[type=checkbox][name='{field}']").Where(b => b.IsChecked).Select(b => b.Value)
            .ShouldBe(firstChoice, ignoreOrder: true, "the first change is what is saved");
    }

    [Fact]
    public async Task A_stale_save_that_removes_a_perpetrator_after_another_was_added_is_refused()
    {
        var url = await EditUrlAsync("incident");
        using var first = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        using var second = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var firstForm = await first.GetPageAsync(url);
        var secondForm = await second.GetPageAsync(url);
        var existing = secondForm.QuerySelector<IHtmlInputElement>("input[name='Input.RemovePerpetratorIds']")!.Value;
        using (await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.PerpetratorDescription"] = "Added by the first save" }))
        {
        }

        using var refused = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.RemovePerpetratorIds"] = existing });

        (await HtmlPages.ReadAsync(refused)).QuerySelector("[role=alert]")!.TextContent.ShouldContain("Someone else saved this record");
        var id = await IdAsync("incident");
        var perpetrators = await app.Factory.QueryAsync(db => db.Incidents.Where(i => i.Id == id).SelectMany(i => i.Perpetrators).Select(p => new { p.Id, p.Description }).ToListAsync());
        perpetrators.Select(p => p.Id.ToString()).ShouldContain(existing, "the removal from the older form was not saved");
        perpetrators.Select(p => p.Description).ShouldContain("Added by the first save");
    }

    [Fact]
    public async Task A_stale_membership_change_is_refused_and_the_first_one_kept()
    {
        var person = await app.Factory.QueryAsync(db => db.Persons.Where(p => p.Name == "Kamil Ruziev").Select(p => p.Id).SingleAsync());
        var ventus = await app.Factory.QueryAsync(db => db.Organisations.Where(o => o.Name == "Ventus").Select(o => o.Id).SingleAsync());
        using var first = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        using var second = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var firstForm = await first.GetPageAsync($"/People/Edit/{person}");
        var secondForm = await second.GetPageAsync($"/People/Edit/{person}");
        using (await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Memberships.Leave"] = ventus.ToString() }))
        {
        }

        using var refused = await second.SubmitAsync(secondForm, new Dictionary<string, string>
        {
            ["Memberships.JoinOrganisationId"] = secondForm.OptionValue("Memberships.JoinOrganisationId", "Pamir Water Watch (fictional)"),
        });

        (await HtmlPages.ReadAsync(refused)).QuerySelector("[role=alert]")!.TextContent.ShouldContain("Someone else saved this record");
        (await app.Factory.QueryAsync(db => db.Persons.Where(p => p.Id == person).SelectMany(p => p.Memberships).CountAsync())).ShouldBe(0);
    }

    /// <summary>The demo incident has one possible victim; a second person in the case gives a second choice.</summary>
    private Task<int> SecondPersonInTheCaseAsync() => app.Factory.QueryAsync(async db =>
    {
        var file = await db.Cases.SingleAsync(c => c.Reference == "KG-2020-003");
        if (file.Participants.Count >= 2)
        {
            return 0;
        }

        var witness = new Person("Witness for the conflict test (fictional)");
        db.Persons.Add(witness);
        file.AddParticipant(witness.Id, ParticipantRole.Witness);
        return await db.SaveChangesAsync();
    });

    private static List<string> Toggle(List<string> ticked, string value) =>
        ticked.Contains(value) ? ticked.Where(v => v != value).ToList() : [.. ticked, value];

    private Task<Guid> IdAsync(string record) => record == "incident"
        ? app.Factory.QueryAsync(db => db.Incidents.Where(i => i.Title == Incident).Select(i => i.Id).SingleAsync())
        : app.Factory.QueryAsync(db => db.Complaints.Where(c => c.Subject == Complaint).Select(c => c.Id).SingleAsync());

    private async Task<string> EditUrlAsync(string record) =>
        record == "incident" ? $"/Incidents/Edit/{await IdAsync(record)}" : $"/Complaints/Edit/{await IdAsync(record)}";
}
