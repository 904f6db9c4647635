using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Admin;

public class InstitutionAndVocabularyTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task An_institution_created_with_its_own_reply_window_sets_the_due_date_of_complaints_to_it()
    {
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var form = await admin.GetPageAsync("/Institutions/Edit");
        using var saved = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Ombudsperson of Kazakhstan (test)",
            ["Input.TypeId"] = form.OptionValue("Input.TypeId", "Ombudsperson (30 days)"),
            ["Input.CountryCode"] = "KZ",
            ["Input.ReplyWindowDays"] = "15",
        });
        var list = await HtmlPages.ReadAsync(saved);
        list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Ombudsperson of Kazakhstan (test)", StringComparison.Ordinal))
            .TextContent.ShouldContain("15 days");

        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        var complaintForm = await admin.GetPageAsync($"/Complaints/Create/{caseId}");
        using (await admin.SubmitAsync(complaintForm, new Dictionary<string, string>
        {
            ["Input.KindId"] = complaintForm.OptionValue("Input.KindId", "Petition"),
            ["Input.InstitutionId"] = complaintForm.OptionValue("Input.InstitutionId", "Ombudsperson of Kazakhstan (test)"),
            ["Input.FiledOn"] = "1 March 2024",
            ["Input.Subject"] = "Protection request",
        }))
        {
        }

        (await app.Factory.QueryAsync(db => db.Complaints.Where(c => c.Subject == "Protection request").Select(c => c.ReplyDueOn).SingleAsync()))
            .ShouldBe(new DateOnly(2024, 3, 16));
    }

    [Fact]
    public async Task An_admin_adds_a_term_with_a_russian_label_and_a_term_taken_out_of_use_is_no_longer_offered()
    {
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var addForm = await admin.GetPageAsync("/Vocabularies/Edit?vocabulary=IncidentType");
        using (await admin.SubmitAsync(addForm, new Dictionary<string, string>
        {
            ["Input.Code"] = "internet_shutdown",
            ["Input.Label"] = "Internet shutdown",
            ["Input.LabelRu"] = "Отключение интернета",
        }))
        {
        }

        var raid = await app.Factory.QueryAsync(db => db.VocabularyTerms.Where(t => t.Vocabulary == Vocabulary.IncidentType && t.Code == "raid").Select(t => t.Id).SingleAsync());
        var editForm = await admin.GetPageAsync($"/Vocabularies/Edit/{raid}");
        using (await admin.SubmitAsync(editForm, new Dictionary<string, string> { ["Input.IsActive"] = "" }))
        {
        }

        var incidentForm = await admin.GetPageAsync($"/Incidents/Create/{await app.Factory.CaseIdAsync("KZ-2023-011")}");
        var offered = incidentForm.QuerySelectorAll("input[name='Input.TypeIds'] + label").Select(l => l.TextContent).ToList();
        offered.ShouldContain("Internet shutdown");
        offered.ShouldNotContain("Raid");
        (await app.Factory.QueryAsync(db => db.VocabularyTerms.SingleAsync(t => t.Code == "internet_shutdown"))).LabelRu.ShouldBe("Отключение интернета");
    }

    [Fact]
    public async Task A_duplicate_code_is_refused_next_to_the_field()
    {
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var form = await admin.GetPageAsync("/Vocabularies/Edit?vocabulary=ResponseOutcome");

        using var refused = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.Code"] = "rejected", ["Input.Label"] = "Rejected again" });

        (await HtmlPages.ReadAsync(refused)).QuerySelector("#code-error")!.TextContent.ShouldBe("This vocabulary already has a term with this code.");
    }

    [Theory]
    [InlineData(SignedInClients.Caseworker)]
    [InlineData(SignedInClients.Researcher)]
    public async Task Only_admins_reach_the_institution_and_vocabulary_pages(string email)
    {
        using var client = await app.Factory.SignedInAsAsync(email, followRedirects: false);

        foreach (var url in new[] { "/Institutions", "/Institutions/Edit", "/Vocabularies", "/Vocabularies/Edit?vocabulary=IncidentType" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            response.Headers.Location?.AbsolutePath.ShouldBe("/Account/AccessDenied", url);
        }
    }
}
