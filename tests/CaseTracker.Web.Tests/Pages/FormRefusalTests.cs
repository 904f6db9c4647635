using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages;

/// <summary>
/// Every refusal says what and where: each refused submit below shows its reason next to the field it
/// refuses (or, for a rule that names no control, above the form), keeps what was typed, and saves nothing.
/// </summary>
public sealed class FormRefusalTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<(Guid IncidentId, Guid ComplaintId)> ArrangeAsync()
    {
        await using var records = await RecordBuilder.StartAsync(app.Factory);
        var caseFile = records.Case();
        var incident = records.Incident(caseFile, "10 March 2021", title: "Detained at the protest");
        var complaint = records.Complaint(caseFile, records.Institution(), "15 March 2021");
        records.Response(complaint, "20 April 2021");
        await records.SaveAsync();
        return (incident.Id, complaint.Id);
    }

    [Fact]
    public async Task A_perpetrator_type_without_an_institution_or_words_is_refused_next_to_the_words()
    {
        var (incidentId, _) = await ArrangeAsync();
        var type = await app.Factory.QueryAsync(db => db.VocabularyTerms.Where(t => t.Vocabulary == Vocabulary.PerpetratorType).Select(t => t.Id).FirstAsync());
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await client.GetPageAsync($"/Incidents/Edit/{incidentId}");

        using var refused = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.PerpetratorTypeId"] = type.ToString() });

        var page = await HtmlPages.ReadAsync(refused);
        page.QuerySelector("#perpetrator-error")!.TextContent.ShouldBe("Name an institution, a person or describe the perpetrator.");
        (await app.Factory.QueryAsync(db => db.Incidents.Where(i => i.Id == incidentId).SelectMany(i => i.Perpetrators).CountAsync())).ShouldBe(0);
    }

    [Theory]
    [InlineData("2 December 2099", "This date is after today. Check the year, or leave the field as the source gives it.")]
    [InlineData("reportedly 12 March 2021", "Write only the date here; how sure the source is goes under Verification.")]
    [InlineData("13 March", "Add the year, like 13 March 2021.")]
    [InlineData("2016-2015", "The end of the range is before its start. Write the earlier date first, like 2015-2016.")]
    public async Task A_date_that_cannot_be_saved_says_what_to_write_next_to_the_field_and_keeps_what_was_typed(string typed, string message)
    {
        var (incidentId, _) = await ArrangeAsync();
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await client.GetPageAsync($"/Incidents/Edit/{incidentId}");

        using var refused = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Date"] = typed });

        var page = await HtmlPages.ReadAsync(refused);
        ShouldShowNextTo(page, "Input_Date", message);
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Date")!.Value.ShouldBe(typed);
        (await app.Factory.QueryAsync(db => db.Incidents.Where(i => i.Id == incidentId).Select(i => i.Date.Text).SingleAsync())).ShouldBe("10 March 2021");
    }

    [Fact]
    public async Task A_complaint_cannot_be_filed_on_an_open_end_nor_moved_after_its_response()
    {
        var (_, complaintId) = await ArrangeAsync();
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await client.GetPageAsync($"/Complaints/Edit/{complaintId}");

        using var open = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.FiledOn"] = "since 2020" });
        ShouldShowNextTo(await HtmlPages.ReadAsync(open), "Input_FiledOn", "This date needs a last possible day. Write a range like 2013-2015, or before 5 May 2021.");

        using var late = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.FiledOn"] = "1 May 2021" });
        ShouldShowNextTo(await HtmlPages.ReadAsync(late), "Input_FiledOn", "A response to this complaint is dated 20 April 2021, before this date. Check this date or the response's.");

        using var earlier = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.FiledOn"] = "before 20 March 2021" });
        earlier.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/Cases/Details/", Case.Sensitive, "a filing known only by its end is accepted");
        (await app.Factory.QueryAsync(db => db.Complaints.Where(c => c.Id == complaintId).Select(c => c.FiledOn.Text).SingleAsync())).ShouldBe("before 20 March 2021");
    }

    /// <summary>The field's error element (named by its aria-describedby) says the message, and nothing refused hides in the summary.</summary>
    private static void ShouldShowNextTo(IDocument page, string fieldId, string message)
    {
        var field = page.GetElementById(fieldId).ShouldNotBeNull();
        var described = (field.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        described.Select(id => page.GetElementById(id)?.TextContent.Trim()).ShouldContain(message);
        (page.QuerySelector("[data-valmsg-summary], .validation-summary-errors")?.TextContent.Trim() ?? "").ShouldBeEmpty();
    }
}
