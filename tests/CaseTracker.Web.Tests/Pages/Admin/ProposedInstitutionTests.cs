using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Pages.Admin;

/// <summary>
/// Entry is not blocked by the lists: a caseworker adds an institution and a kind of act while entering an
/// act, through the real form (refused next to the field when incomplete, nothing saved); an admin sees
/// them marked new, confirms the kind and merges the institution into the one it duplicates, which
/// rewrites the act and is audited.
/// </summary>
public sealed class ProposedInstitutionTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_caseworker_added_institution_is_merged_by_an_admin_into_the_one_it_duplicates()
    {
        Guid caseId;
        string listed;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("Proposal fixture", country: "KG");
            listed = records.Institution("Karakol city prosecutor's office (proposal fixture)").Name;
            await records.SaveAsync();
            caseId = caseFile.Id;
        }

        const string typed = "Karakol prosecutors office (proposal fixture)";
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/Acts/Create/{caseId}");
        form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_NewInstitution_Country")!.Value.ShouldBe("Kyrgyzstan", "the case's country is offered");
        using var refused = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.NewInstitution.Name"] = typed,
            ["Input.NewInstitution.Country"] = "Narnia",
            ["Input.NewKind"] = "Visited the detention centre (proposal fixture)",
            ["Input.Date"] = "May 2021",
            ["Input.Summary"] = "Visited the pre-trial detention centre",
        });
        var refusal = await HtmlPages.ReadAsync(refused);
        refusal.QuerySelector("#Input_NewInstitution_TypeId_error")!.TextContent.ShouldBe("Choose the type of the institution to add.");
        refusal.QuerySelector("#Input_NewInstitution_Country_error")!.TextContent.ShouldStartWith("No country has this name or code");
        refusal.QuerySelector("#institution-error")!.TextContent.ShouldBeEmpty("the institution is being added below the list, not missing");
        refusal.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_NewInstitution_Name")!.Value.ShouldBe(typed, "nothing typed is lost");
        (await app.Factory.QueryAsync(db => db.Institutions.CountAsync(i => i.Name == typed))).ShouldBe(0, "nothing is saved from a refused form");
        (await app.Factory.QueryAsync(db => db.VocabularyTerms.CountAsync(t => t.Label.EndsWith("(proposal fixture)")))).ShouldBe(0);

        using var added = await caseworker.SubmitAsync(refusal, new Dictionary<string, string>
        {
            ["Input.NewInstitution.Country"] = "KG",
            ["Input.NewInstitution.TypeId"] = refusal.OptionValue("Input.NewInstitution.TypeId", "Prosecutor"),
        });
        added.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Cases/Details/{caseId}");
        var act = await app.Factory.QueryAsync(db => db.Acts.Where(a => a.CaseId == caseId).Select(a => new { a.Id, a.InstitutionId, a.KindId }).SingleAsync());
        var proposed = await app.Factory.QueryAsync(db => db.Institutions.SingleAsync(i => i.Id == act.InstitutionId));
        (proposed.Name, proposed.CountryCode, proposed.IsProposed).ShouldBe((typed, "KG", true));
        var kind = await app.Factory.QueryAsync(db => db.VocabularyTerms.SingleAsync(t => t.Id == act.KindId));
        (kind.Vocabulary, kind.Label, kind.IsProposed).ShouldBe((Vocabulary.ActKind, "Visited the detention centre (proposal fixture)", true));
        (await HtmlPages.ReadAsync(added)).QuerySelector($"#act-{act.Id} h3")!.TextContent.ShouldBe($"{typed}: Visited the detention centre (proposal fixture)");

        var secondForm = await caseworker.GetPageAsync($"/Acts/Create/{caseId}");
        secondForm.OptionValue("Input.InstitutionId", typed).ShouldBe(proposed.Id.ToString(), "usable by everyone at once, before review");
        (await caseworker.GetAsync(new Uri($"/Institutions/Edit/{proposed.Id}", UriKind.Relative))).StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden, "only admins review");

        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var list = await admin.GetPageAsync("/Institutions");
        var firstRow = list.QuerySelector("tbody tr")!;
        firstRow.TextContent.ShouldContain(typed, Case.Sensitive, "new institutions come first");
        firstRow.QuerySelector(".badge")!.TextContent.ShouldBe("New");

        var review = await admin.GetPageAsync($"/Institutions/Edit/{proposed.Id}");
        using var noTarget = await admin.SubmitAsync(review, new Dictionary<string, string>(), "form[action*='handler=Merge']");
        (await HtmlPages.ReadAsync(noTarget)).QuerySelector("#merge-error")!.TextContent.ShouldBe("Choose the institution to merge it into.");

        using var merged = await admin.SubmitAsync(review, new Dictionary<string, string>
        {
            ["MergeIntoId"] = review.OptionValue("MergeIntoId", listed),
        }, "form[action*='handler=Merge']");
        merged.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Institutions");
        (await HtmlPages.ReadAsync(merged)).QuerySelector(".alert-success")!.TextContent.ShouldBe($"{typed} was merged into {listed}. References rewritten: 1.");

        var listedId = await app.Factory.QueryAsync(db => db.Institutions.Where(i => i.Name == listed).Select(i => i.Id).SingleAsync());
        (await app.Factory.QueryAsync(db => db.Acts.Where(a => a.Id == act.Id).Select(a => a.InstitutionId).SingleAsync())).ShouldBe(listedId, "the act now names the listed institution");
        (await app.Factory.QueryAsync(db => db.Institutions.AnyAsync(i => i.Id == proposed.Id))).ShouldBeFalse("the duplicate is gone");
        (await caseworker.GetPageAsync($"/Cases/Details/{caseId}")).QuerySelector($"#act-{act.Id} h3")!.TextContent.ShouldStartWith(listed);

        var audit = await app.Factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId == act.Id || a.EntityId == proposed.Id).OrderBy(a => a.Id).ToListAsync());
        var rewrite = audit.Single(a => a.EntityId == act.Id && a.Action == AuditAction.Update);
        rewrite.EntityType.ShouldBe("InstitutionalAct");
        using (var changes = System.Text.Json.JsonDocument.Parse(rewrite.Changes!))
        {
            changes.RootElement.GetProperty("InstitutionId").EnumerateArray().Select(v => v.GetGuid()).ShouldBe([proposed.Id, listedId], "from what to what");
        }

        audit.Select(a => a.Action).ShouldContain(AuditAction.Delete, "the merged institution's deletion is audited");
        audit.Last().UserId.ShouldNotBeNull("the admin who merged is named");

        var termReview = await admin.GetPageAsync($"/Vocabularies/Edit/{kind.Id}");
        termReview.QuerySelector(".badge")!.TextContent.ShouldBe("New");
        using (await admin.SubmitAsync(termReview, new Dictionary<string, string>(), "form[action*='handler=Confirm']"))
        {
        }

        (await app.Factory.QueryAsync(db => db.VocabularyTerms.Where(t => t.Id == kind.Id).Select(t => t.IsProposed).SingleAsync())).ShouldBeFalse("the admin confirmed the kind");
    }
}
