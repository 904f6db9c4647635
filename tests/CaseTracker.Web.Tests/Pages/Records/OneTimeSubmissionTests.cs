using System.Net;
using AngleSharp.Html.Dom;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Records;

/// <summary>
/// A committed write whose answer was lost is sent again by the person (or the browser): every create
/// form carries a one-time key, and the repeated POST shows the record already created instead of
/// creating a second one, also when both copies arrive at the same moment.
/// </summary>
public class OneTimeSubmissionTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static TheoryData<string> Forms => ["case", "incident", "complaint", "response", "source", "person", "organisation"];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_create_form_sent_twice_creates_one_record_and_both_answers_show_it(string form)
    {
        var marker = $"Sent twice {form} {Guid.NewGuid():N}"[..40];
        using var client = await CaseworkerAsync();
        var (page, values) = await FormAsync(client, form, marker);

        using var first = await client.SubmitAsync(page, values);
        using var second = await client.SubmitAsync(page, values);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect, await first.Content.ReadAsStringAsync());
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.Headers.Location.ShouldBe(first.Headers.Location, "the repeat shows the record the first one created");
        (await CountAsync(form, marker)).ShouldBe(1);
        if (form != "organisation")
        {
            using var shown = await client.GetAsync(second.Headers.Location);
            (await HtmlPages.ReadAsync(shown)).QuerySelector("[role=status]")!.TextContent.ShouldContain("sent already", customMessage: "the case page says so");
        }
    }

    [Fact]
    public async Task Two_copies_arriving_at_once_create_one_record()
    {
        var marker = $"At once {Guid.NewGuid():N}"[..30];
        using var client = await CaseworkerAsync();
        var (page, values) = await FormAsync(client, "incident", marker);

        var answers = await Task.WhenAll(client.SubmitAsync(page, values), client.SubmitAsync(page, values), client.SubmitAsync(page, values));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Redirect);
        answers.Select(a => a.Headers.Location).Distinct().Count().ShouldBe(1);
        (await CountAsync("incident", marker)).ShouldBe(1);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task A_new_form_is_a_new_record_even_with_the_same_text()
    {
        var marker = $"Twice on purpose {Guid.NewGuid():N}"[..40];
        using var client = await CaseworkerAsync();
        foreach (var _ in new[] { 1, 2 })
        {
            var (page, values) = await FormAsync(client, "source", marker);
            using var saved = await client.SubmitAsync(page, values);
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await CountAsync("source", marker)).ShouldBe(2);
    }

    private Task<HttpClient> CaseworkerAsync() => app.Factory.SignedInAsAsync(SignedInClients.Caseworker, followRedirects: false);

    private async Task<(IHtmlDocument Page, Dictionary<string, string> Values)> FormAsync(HttpClient client, string form, string marker)
    {
        Guid caseId, complaintId;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("One-time fixture", country: "KZ");
            complaintId = records.Complaint(caseFile, records.Institution(), "10 May 2023").Id;
            await records.SaveAsync();
            caseId = caseFile.Id;
        }

        var url = form switch
        {
            "case" => "/Cases/Create",
            "incident" => $"/Incidents/Create/{caseId}",
            "complaint" => $"/Complaints/Create/{caseId}",
            "response" => $"/Responses/Create/{complaintId}",
            "source" => $"/Sources/Create/{caseId}",
            "person" => $"/People/Create/{caseId}",
            _ => "/Organisations/Edit",
        };
        var page = await client.GetPageAsync(url);
        page.QuerySelector<IHtmlInputElement>("input[name=SubmissionKey]")!.Value.ShouldNotBeNullOrEmpty();
        var values = form switch
        {
            "case" => new Dictionary<string, string> { ["Input.Title"] = marker, ["Input.CountryCode"] = "KZ" },
            "incident" => new() { ["Input.Title"] = marker, ["Input.Date"] = "May 2023", ["Input.TypeIds"] = page.CheckboxValue("Input.TypeIds", "Surveillance") },
            "complaint" => new()
            {
                ["Input.KindId"] = page.OptionValue("Input.KindId", "Complaint"),
                ["Input.InstitutionId"] = page.OptionValue("Input.InstitutionId", "Almaty City Police Department (fictional demo)"),
                ["Input.FiledOn"] = "1 June 2023",
                ["Input.Subject"] = marker,
            },
            "response" => new() { ["Input.Date"] = "1 July 2023", ["Input.OutcomeId"] = page.OptionValue("Input.OutcomeId", "Acknowledged"), ["Input.Summary"] = marker },
            "source" => new() { ["Input.Title"] = marker },
            "person" => new() { ["Input.Name"] = marker },
            _ => new() { ["Input.Name"] = marker },
        };
        return (page, values);
    }

    private Task<int> CountAsync(string form, string marker) => app.Factory.QueryAsync(db => form switch
    {
        "case" => db.Cases.CountAsync(c => c.Title == marker),
        "incident" => db.Incidents.CountAsync(i => i.Title == marker),
        "complaint" => db.Complaints.CountAsync(c => c.Subject == marker),
        "response" => db.Responses.CountAsync(r => r.Summary == marker),
        "source" => db.Sources.CountAsync(s => s.Title == marker),
        "person" => db.Persons.CountAsync(p => p.Name == marker),
        _ => db.Organisations.CountAsync(o => o.Name == marker),
    });
}
