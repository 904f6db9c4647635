using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Pages;

/// <summary>
/// A refused form tells a screen-reader and keyboard user what is wrong and where (WCAG 3.3.1, 3.3.3,
/// 4.1.2): a summary at the top, announced, linking each message to its field; each refused field marked
/// aria-invalid; required fields marked aria-required with a visible asterisk on their label.
/// </summary>
public sealed class FormFeedbackTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_refused_form_has_a_summary_linking_each_message_to_its_field_and_marks_the_fields()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2022-019");
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/Incidents/Create/{caseId}");
        form.QuerySelector("[data-error-summary]").ShouldBeNull("nothing to correct before a submit");
        form.QuerySelector("#Input_Title")!.GetAttribute("aria-required").ShouldBe("true");
        form.QuerySelector("label[for=Input_Title] .required-mark")!.TextContent.ShouldBe(" *");
        form.QuerySelector("#Input_Narrative")!.HasAttribute("aria-required").ShouldBeFalse("a narrative is optional");

        using var refused = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "",
            ["Input.Date"] = "31 February 2021",
            ["Input.Group.Count"] = "thirty",
        });
        var page = await HtmlPages.ReadAsync(refused);

        var summary = page.QuerySelector("[data-error-summary]")!;
        summary.GetAttribute("role").ShouldBe("alert");
        summary.GetAttribute("tabindex").ShouldBe("-1", "forms.js moves the focus to it");
        var links = summary.QuerySelectorAll("a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent);
        links["#Input_Title"].ShouldBe("Enter a title.");
        links["#Input_Date"].ShouldBe("That day does not exist in that month.");
        links.ShouldContainKey("#Input_Group_Count");
        links.ShouldContainKey("#Input_TypeIds");
        foreach (var target in links.Keys)
        {
            page.QuerySelector(target).ShouldNotBeNull($"the link {target} leads to its field");
        }

        page.QuerySelector("#Input_Title")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelector("#Input_Date")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelector("#Input_Group_Count")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelector("#Input_Narrative")!.HasAttribute("aria-invalid").ShouldBeFalse("only refused fields are marked");
    }
}
