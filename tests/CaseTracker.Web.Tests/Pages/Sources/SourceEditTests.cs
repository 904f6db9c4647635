using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Pages.Sources;

public class SourceEditTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Making_a_source_confidential_hides_its_identity_from_researchers()
    {
        Guid caseId, id;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case();
            id = records.Source(caseFile, "Interview with the family").Id;
            await records.SaveAsync();
            caseId = caseFile.Id;
        }

        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/Sources/Edit/{id}");

        using (await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Interview (now canary-1618)", ["Input.IsConfidential"] = "true" }))
        {
        }

        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);
        var page = await (await researcher.GetAsync(new Uri($"/Cases/Details/{caseId}", UriKind.Relative))).Content.ReadAsStringAsync();
        page.ShouldNotContain("canary-1618");
        page.ShouldContain("Confidential source");
    }
}
