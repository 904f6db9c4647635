using System.Net;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Cases;

/// <summary>A caseworker builds a case file through the real forms and reads it back on the case page.</summary>
public class CaseFileJourneyTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_caseworker_creates_a_case_adds_an_incident_a_complaint_and_a_response_and_reads_them_back()
    {
        app.Factory.Clock.SetToday(2021, 1, 15);
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);

        var form = await client.GetPageAsync("/Cases/Create");
        using var created = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Journalist detained in Yerevan (test)",
            ["Input.Summary"] = "Test summary.",
            ["Input.CountryCode"] = "AM",
            ["Input.Risk"] = "High",
        });
        created.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/Cases/Details/");
        var casePage = await HtmlPages.ReadAsync(created);
        casePage.QuerySelector("[role=status]")!.TextContent.ShouldBe("Case created.");
        casePage.QuerySelector("header p")!.TextContent.ShouldMatch(@"AM-2021-[0-9A-HJKMNP-TV-Z]{4}", "the system gave the reference");

        var incidentForm = await client.GetPageAsync(casePage.QuerySelector("a[href^='/Incidents/Create/']")!.GetAttribute("href")!);
        using var incidentAdded = await client.SubmitAsync(incidentForm, new Dictionary<string, string>
        {
            ["Input.Title"] = "Detained after a press conference",
            ["Input.Date"] = "29-30 May 2020",
            ["Input.Place"] = "Yerevan",
            ["Input.TypeIds"] = incidentForm.CheckboxValue("Input.TypeIds", "Arbitrary detention"),
        });
        var afterIncident = await HtmlPages.ReadAsync(incidentAdded);
        var incident = afterIncident.QuerySelector("article.incident")!;
        incident.QuerySelector(".record-date")!.TextContent.ShouldBe("29-30 May 2020");
        incident.TextContent.ShouldContain("Arbitrary detention");

        var complaintForm = await client.GetPageAsync(afterIncident.QuerySelector("a[href^='/Complaints/Create/']")!.GetAttribute("href")!);
        using var complaintAdded = await client.SubmitAsync(complaintForm, new Dictionary<string, string>
        {
            ["Input.KindId"] = complaintForm.OptionValue("Input.KindId", "Complaint"),
            ["Input.InstitutionId"] = complaintForm.OptionValue("Input.InstitutionId", "Prosecutor's Office of Karakol City"),
            ["Input.FiledOn"] = "1 June 2020",
            ["Input.Subject"] = "Investigate the detention",
            ["Input.IncidentIds"] = complaintForm.CheckboxValue("Input.IncidentIds", "Detained after a press conference"),
        });
        var afterComplaint = await HtmlPages.ReadAsync(complaintAdded);
        var complaint = afterComplaint.QuerySelector("article.complaint")!;
        // Entered months after filing with no source dated since: nothing is known after the filing day.
        complaint.QuerySelector(".complaint-status")!.TextContent.Trim().ShouldBe("No reply known as of 1 June 2020 (0 days after filing; due 1 July 2020)");

        var responseForm = await client.GetPageAsync(complaint.QuerySelector("a[href^='/Responses/Create/']")!.GetAttribute("href")!);
        using var responded = await client.SubmitAsync(responseForm, new Dictionary<string, string>
        {
            ["Input.Date"] = "10.07.2020",
            ["Input.OutcomeId"] = responseForm.OptionValue("Input.OutcomeId", "Forwarded"),
            ["Input.Summary"] = "Sent on to the city police",
            ["Input.ForwardedToBodyComplainedAbout"] = "true",
        });
        var final = await HtmlPages.ReadAsync(responded);
        var answered = final.QuerySelector("article.complaint")!;
        answered.QuerySelector(".complaint-status")!.TextContent.Trim().ShouldBe("Answered: Forwarded");
        answered.QuerySelector(".responses")!.TextContent.ShouldContain("10 July 2020");
        answered.QuerySelector(".responses")!.TextContent.ShouldContain("after 39 days");
    }

    [Fact]
    public async Task An_impossible_date_is_refused_next_to_the_field_and_everything_typed_is_kept()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await client.GetPageAsync($"/Incidents/Create/{caseId}");

        using var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Threatening phone call",
            ["Input.Date"] = "31 February 2023",
            ["Input.Narrative"] = "A long account that must not be lost.",
            ["Input.TypeIds"] = form.CheckboxValue("Input.TypeIds", "Threat or intimidation"),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPages.ReadAsync(response);
        page.QuerySelector("#Input_Date_error")!.TextContent.ShouldBe("That day does not exist in that month.");
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Date")!.Value.ShouldBe("31 February 2023");
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value.ShouldBe("Threatening phone call");
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#Input_Narrative")!.Value.ShouldBe("A long account that must not be lost.");
        page.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.TypeIds']").Count(b => b.IsChecked).ShouldBe(1);
        (await app.Factory.QueryAsync(db => Task.FromResult(db.Incidents.Count(i => i.Title == "Threatening phone call")))).ShouldBe(0);
    }

    [Fact]
    public async Task A_script_in_a_title_is_stored_as_typed_and_shown_as_text()
    {
        const string payload = "<script>alert('x')</script> Рузиев مدافع 🙂 <img src=x onerror=alert(1)>";
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var form = await client.GetPageAsync("/Cases/Create");

        using var created = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Reference"] = "XSS-1",
            ["Input.Title"] = payload,
            ["Input.CountryCode"] = "KG",
        });

        var html = await created.Content.ReadAsStringAsync();
        html.ShouldNotContain("<script>alert('x')</script>");
        html.ShouldNotContain("<img src=x");
        var page = await HtmlPages.ReadAsync(created);
        page.QuerySelector("h1")!.TextContent.ShouldBe(payload);
        page.QuerySelectorAll("main script").Length.ShouldBe(0);
    }

    [Fact]
    public async Task Over_long_text_and_an_unknown_country_get_messages_next_to_their_fields()
    {
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var form = await client.GetPageAsync("/Cases/Create");

        using var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Reference"] = "LONG-1",
            ["Input.Title"] = new string('x', 301),
            ["Input.CountryCode"] = "",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPages.ReadAsync(response);
        page.QuerySelector("#title-error")!.TextContent.ShouldBe("This can have at most 300 characters.");
        page.QuerySelector("#country-error")!.TextContent.ShouldBe("Choose a country.");
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Reference")!.Value.ShouldBe("LONG-1");
    }

    [Fact]
    public async Task A_duplicate_reference_is_refused_next_to_the_field()
    {
        using var client = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var form = await client.GetPageAsync("/Cases/Create");

        using var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Reference"] = "kg-2020-003",
            ["Input.Title"] = "Duplicate",
            ["Input.CountryCode"] = "KG",
        });

        (await HtmlPages.ReadAsync(response)).QuerySelector("#reference-error")!.TextContent.ShouldBe("Another case already has this reference code.");
    }

    [Fact]
    public async Task A_caseworker_never_types_a_reference_so_no_answer_tells_which_codes_hidden_cases_hold()
    {
        await app.Factory.RestrictedCaseIdsAsync();
        using var caseworker = await app.Factory.ClientForAsync(Visitor.UnassignedCaseworker);
        var form = await caseworker.GetPageAsync("/Cases/Create");
        form.QuerySelector("input[name='Input.Reference']").ShouldBeNull("a caseworker has no reference field");
        form.QuerySelector("#reference-code")!.TextContent.ShouldBe("Given when the case is saved.");

        // A forged field with the restricted case's code, and one with a free code: the same answer.
        var answers = new List<(HttpStatusCode Status, string Reference)>();
        foreach (var forged in new[] { RestrictedCaseVisitors.Reference, "TJ-2024-999" })
        {
            var body = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value,
                ["Input.Reference"] = forged,
                ["Input.Title"] = "Forged reference " + forged,
                ["Input.CountryCode"] = "TJ",
            });
            using var created = await caseworker.PostAsync(new Uri("/Cases/Create", UriKind.Relative), body);
            var reference = await app.Factory.QueryAsync(db => db.Cases.Where(c => c.Title == "Forged reference " + forged).Select(c => c.Reference).SingleAsync());
            answers.Add((created.StatusCode, reference));
        }

        answers.Select(a => a.Status).ShouldAllBe(s => s == HttpStatusCode.Redirect);
        answers.Select(a => a.Reference).ShouldAllBe(r => System.Text.RegularExpressions.Regex.IsMatch(r, @"^TJ-\d{4}-[0-9A-HJKMNP-TV-Z]{4}$"));

        // Editing a visible case with the restricted case's code keeps the case's own code, without a word about the other.
        var visible = await app.Factory.CaseIdAsync("KZ-2023-011");
        var edit = await caseworker.GetPageAsync($"/Cases/Edit/{visible}");
        edit.QuerySelector("input[name='Input.Reference']").ShouldBeNull();
        var editBody = new FormUrlEncodedContent(edit.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form")!.Elements
            .OfType<AngleSharp.Html.Dom.IHtmlInputElement>().Where(i => i.Name is not null && i.Type != "checkbox")
            .Select(i => KeyValuePair.Create(i.Name!, i.Value))
            .Append(KeyValuePair.Create("Input.Reference", RestrictedCaseVisitors.Reference))
            .Append(KeyValuePair.Create("Input.CountryCode", "KZ")));
        using var saved = await caseworker.PostAsync(new Uri($"/Cases/Edit/{visible}", UriKind.Relative), editBody);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Factory.QueryAsync(db => db.Cases.Where(c => c.Id == visible).Select(c => c.Reference).SingleAsync())).ShouldBe("KZ-2023-011");
    }
}
