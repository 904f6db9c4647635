using System.Text.Json;
using CaseTracker.Domain.Cases;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Pages.Shared;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Dates;

/// <summary>
/// Dates counted from another entry of the case, entered through the forms: "a week later" is read from
/// the entry chosen under the date, shown as written with its days, counted again when that entry moves
/// (down a chain), refused when it would make an entry come after itself; a date typed in full that is
/// said to come after an entry is placed after it in the story.
/// </summary>
public sealed class RelativeDatesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_release_a_week_later_is_counted_from_the_detention_and_moves_with_it_down_the_chain()
    {
        var (caseId, detentionId, institutionId) = await ArrangeAsync("Relative dates fixture");
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);

        var form = await caseworker.GetPageAsync($"/Incidents/Create/{caseId}");
        using var refused = await caseworker.SubmitAsync(form, Incident("Released without charge", "a week later", null, form));
        var refusal = await HtmlPages.ReadAsync(refused);
        refusal.QuerySelector("#Input_Date_error")!.TextContent.ShouldBe("Choose below the entry this date counts from, or type the date in full.");
        refusal.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Date")!.Value.ShouldBe("a week later", "nothing typed is lost");

        using var added = await caseworker.SubmitAsync(refusal, Incident("Released without charge", "a week later", detentionId, refusal));
        var casePage = await HtmlPages.ReadAsync(added);
        var releaseId = await IdOfIncidentAsync("Released without charge");
        casePage.QuerySelector($"#incident-{releaseId} .record-date")!.TextContent.ShouldBe("a week later (c. 20 March 2021)");

        var complaintForm = await caseworker.GetPageAsync($"/Complaints/Create/{caseId}");
        using (await caseworker.SubmitAsync(complaintForm, new Dictionary<string, string>
        {
            ["Input.KindId"] = complaintForm.OptionValue("Input.KindId", "Complaint"),
            ["Input.InstitutionId"] = institutionId.ToString(),
            ["Input.FiledOn"] = "на следующий день",
            ["Input.DateAfterId"] = releaseId.ToString(),
            ["Input.Subject"] = "Investigate the detention",
        }))
        {
        }

        var detentionForm = await caseworker.GetPageAsync($"/Incidents/Edit/{detentionId}");
        using (await caseworker.SubmitAsync(detentionForm, new Dictionary<string, string> { ["Input.Date"] = "15 March 2021" }))
        {
        }

        var moved = await caseworker.GetPageAsync($"/Cases/Details/{caseId}");
        moved.QuerySelector($"#incident-{releaseId} .record-date")!.TextContent.ShouldBe("a week later (c. 22 March 2021)");
        moved.QuerySelector("article.complaint .record-date")!.TextContent.ShouldBe("на следующий день (c. 23 March 2021)", "the complaint counts from the release, which counts from the detention");
        var complaint = await app.Factory.QueryAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.CaseId == caseId));
        complaint.ReplyDueOn.ShouldBe(new DateOnly(2021, 3, 23).AddDays(complaint.ReplyWindowDays), "the reply's due day moved with the filing");
        var recount = await app.Factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId == releaseId && a.Action == AuditAction.Update).Select(a => a.Changes).ToListAsync());
        recount.ShouldHaveSingleItem()!.ShouldContain("2021-03-22", Case.Insensitive, "the recount of a follower is audited like any change");
    }

    [Fact]
    public async Task An_entry_that_would_come_after_itself_is_refused_next_to_its_date_and_nothing_changes()
    {
        var (caseId, detentionId, _) = await ArrangeAsync("Relative cycle fixture");
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/Incidents/Create/{caseId}");
        using (await caseworker.SubmitAsync(form, Incident("Questioned again", "the next day", detentionId, form)))
        {
        }

        var questionedId = await IdOfIncidentAsync("Questioned again");
        var edit = await caseworker.GetPageAsync($"/Incidents/Edit/{detentionId}");
        edit.QuerySelectorAll("#Input_DateAfterId option").Select(o => o.GetAttribute("value")).ShouldNotContain(detentionId.ToString(), "an entry is not offered to itself");
        using var refused = await caseworker.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Date"] = "later", ["Input.DateAfterId"] = questionedId.ToString() });

        var page = await HtmlPages.ReadAsync(refused);
        page.QuerySelector("#Input_Date_error")!.TextContent.ShouldStartWith("This entry would come after itself");
        var stored = await app.Factory.QueryAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == detentionId));
        stored.Date.After.ShouldBeNull();
        stored.Date.ToString().ShouldBe("13 March 2021");
    }

    [Fact]
    public async Task The_preview_counts_from_the_chosen_entry_only_when_the_reader_may_see_it()
    {
        var (_, detentionId, _) = await ArrangeAsync("Relative preview fixture");
        var (_, hiddenId, _) = await ArrangeAsync("Relative preview restricted", Sensitivity.Restricted);
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);

        (await ReadAsync(caseworker, "через неделю", detentionId)).ShouldBe((true, "через неделю (c. 20 March 2021)"));
        (await ReadAsync(caseworker, "three nights after", detentionId)).ShouldBe((true, "three nights after (the night of 16 March 2021)"));
        (await ReadAsync(caseworker, "shortly after", detentionId)).ShouldBe((true, "shortly after (c. 13-27 March 2021)"));
        (await ReadAsync(caseworker, "later", detentionId)).ShouldBe((true, "later (after 13 March 2021)"));
        (await ReadAsync(caseworker, "1 March 2021", detentionId)).Ok.ShouldBeFalse("a date typed in full must not end before the entry it comes after");
        (await ReadAsync(researcher, "a week later", hiddenId)).ShouldBe((false, "Choose below the entry this date counts from, or type the date in full."), "a restricted case's entry reads as no entry");
    }

    [Fact]
    public async Task A_complaint_dated_only_by_its_year_comes_after_the_detention_it_follows_on_the_timeline()
    {
        var (caseId, detentionId, institutionId) = await ArrangeAsync("Comes after fixture");
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/Complaints/Create/{caseId}");
        using (await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.KindId"] = form.OptionValue("Input.KindId", "Complaint"),
            ["Input.InstitutionId"] = institutionId.ToString(),
            ["Input.FiledOn"] = "2021",
            ["Input.DateAfterId"] = detentionId.ToString(),
            ["Input.Subject"] = "About the detention",
        }))
        {
        }

        using var json = JsonDocument.Parse(await caseworker.GetStringAsync(new Uri($"/api/v1/cases/{caseId}/timeline", UriKind.Relative)));
        var order = json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("title").GetString()).ToList();

        order.IndexOf("About the detention").ShouldBe(order.IndexOf("Detained at the office") + 1, "dated 2021, it would sort on 1 January; it is about the March detention");
        order.IndexOf("Threatened by phone").ShouldBeLessThan(order.IndexOf("Detained at the office"));

        // The page, its exports and the API read in the same order.
        var page = await caseworker.GetPageAsync($"/Cases/{caseId}/Timeline");
        var items = page.QuerySelectorAll("ol.timeline > li").Select(li => li.TextContent).ToList();
        var detained = items.FindIndex(t => t.Contains("Detained at the office", StringComparison.Ordinal));
        items.FindIndex(t => t.Contains("About the detention", StringComparison.Ordinal)).ShouldBe(detained + 1);
        page.QuerySelectorAll("section.timeline-year h2").Select(h => h.TextContent).ShouldBe(["2021"], "one section per year, even when the story leaves a month and comes back");
        page.QuerySelectorAll("h3.timeline-month").Select(h => h.TextContent).ShouldBe(["March", "During the year"]);

        var markdown = (await caseworker.GetStringAsync(new Uri($"/Cases/{caseId}/Timeline?handler=Markdown", UriKind.Relative))).Split('\n');
        Array.FindIndex(markdown, l => l.Contains("About the detention", StringComparison.Ordinal))
            .ShouldBe(Array.FindIndex(markdown, l => l.Contains("Detained at the office", StringComparison.Ordinal)) + 1);
        var csv = (await caseworker.GetStringAsync(new Uri($"/Cases/{caseId}/Timeline?handler=Csv", UriKind.Relative))).Split('\n');
        Array.FindIndex(csv, l => l.Contains("About the detention", StringComparison.Ordinal))
            .ShouldBe(Array.FindIndex(csv, l => l.Contains("Detained at the office", StringComparison.Ordinal)) + 1);
    }

    [Fact]
    public async Task A_case_of_many_entries_lists_its_latest_and_keeps_an_older_entry_a_record_counts_from()
    {
        Guid caseId, detentionId;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("Many entries fixture");
            detentionId = records.Incident(caseFile, "13 March 2021", "Detained at the office").Id;
            for (var day = 0; day < CaseFormOptions.ListedEntries + 10; day++)
            {
                records.Incident(caseFile, new DateOnly(2022, 1, 1).AddDays(day).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), $"Summoned, day {day}");
            }

            await records.SaveAsync();
            caseId = caseFile.Id;
        }

        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/Incidents/Create/{caseId}");
        var offered = form.QuerySelectorAll("#Input_DateAfterId option").Select(o => o.TextContent).ToList();
        offered.Count.ShouldBe(CaseFormOptions.ListedEntries + 1, "the latest entries and \"No other entry\"");
        offered.ShouldContain(o => o.EndsWith("Summoned, day 109", StringComparison.Ordinal));
        offered.ShouldNotContain(o => o.EndsWith("Summoned, day 9", StringComparison.Ordinal), "the 101st latest is not listed");
        offered.ShouldNotContain(o => o.EndsWith("Detained at the office", StringComparison.Ordinal));
        form.QuerySelector("#Input_DateAfterId_hint")!.TextContent.ShouldContain($"Only the latest {CaseFormOptions.ListedEntries} entries are listed");

        // An older entry sent by id (a form opened before the case grew) is checked against the case, not the list.
        var olderChoice = (AngleSharp.Html.Dom.IHtmlOptionElement)form.CreateElement("option");
        olderChoice.Value = detentionId.ToString();
        form.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#Input_DateAfterId")!.AddOption(olderChoice);
        using (var added = await caseworker.SubmitAsync(form, Incident("Released a week later", "a week later", detentionId, form)))
        {
            added.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{caseId}", "saved, back on the case page");
        }

        var releaseId = await IdOfIncidentAsync("Released a week later");
        var edit = await caseworker.GetPageAsync($"/Incidents/Edit/{releaseId}");
        edit.QuerySelector("#Input_DateAfterId option[selected]")!.GetAttribute("value").ShouldBe(detentionId.ToString(), "the entry it counts from stays chosen though older than the listed ones");
        using (var saved = await caseworker.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Title"] = "Released without charge a week later" }))
        {
            saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{caseId}");
        }

        var stored = await app.Factory.QueryAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == releaseId));
        stored.Date.After.ShouldBe(detentionId, "saving the form again does not drop what the date counts from");
        stored.Date.Earliest.ShouldBe(new DateOnly(2021, 3, 20));
    }

    private static Dictionary<string, string> Incident(string title, string date, Guid? after, AngleSharp.Html.Dom.IHtmlDocument form) => new()
    {
        ["Input.Title"] = title,
        ["Input.Date"] = date,
        ["Input.DateAfterId"] = after?.ToString() ?? "",
        ["Input.TypeIds"] = form.CheckboxValue("Input.TypeIds", "Arbitrary detention"),
    };

    private async Task<(Guid CaseId, Guid DetentionId, Guid InstitutionId)> ArrangeAsync(string title, Sensitivity sensitivity = Sensitivity.Standard)
    {
        await using var records = await RecordBuilder.StartAsync(app.Factory);
        var caseFile = records.Case(title, sensitivity: sensitivity);
        var institution = records.Institution(title + " prosecutor");
        records.Incident(caseFile, "early March 2021", "Threatened by phone");
        var detention = records.Incident(caseFile, "13 March 2021", "Detained at the office");
        await records.SaveAsync();
        return (caseFile.Id, detention.Id, institution.Id);
    }

    private Task<Guid> IdOfIncidentAsync(string title) =>
        app.Factory.QueryAsync(db => db.Incidents.Where(i => i.Title == title).Select(i => i.Id).SingleAsync());

    private static async Task<(bool Ok, string Text)> ReadAsync(HttpClient client, string text, Guid after)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/dates/read?text={Uri.EscapeDataString(text)}&after={after}", UriKind.Relative)));
        return (json.RootElement.GetProperty("ok").GetBoolean(), json.RootElement.GetProperty("text").GetString()!);
    }
}
