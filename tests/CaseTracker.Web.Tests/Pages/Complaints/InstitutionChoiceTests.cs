using CaseTracker.Web.Tests.TestData;
using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Pages.Complaints;

/// <summary>Institution choices put the case's country first and name the country of every other institution.</summary>
public sealed class InstitutionChoiceTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_cases_country_comes_first_and_other_countries_are_named()
    {
        Guid caseId;
        string local, foreign;
        await using (var records = await RecordBuilder.StartAsync(app.Factory))
        {
            var caseFile = records.Case("Institution order fixture", country: "KZ");
            var zeta = records.Institution("Zeta city court (order fixture)", "court");
            zeta.Describe(zeta.Name, zeta.TypeId, "KZ", null, null);
            foreign = records.Institution("Aardvark prosecutor (order fixture)").Name;
            await records.SaveAsync();
            (caseId, local) = (caseFile.Id, zeta.Name);
        }

        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var form = await caseworker.GetPageAsync($"/Complaints/Create/{caseId}");
        var labels = form.QuerySelectorAll("#Input_InstitutionId option").Skip(1).Select(o => o.TextContent.Trim()).ToList();
        labels.ShouldContain(local);
        labels.ShouldContain($"{foreign} · Kyrgyzstan");
        labels.IndexOf(local).ShouldBeLessThan(labels.IndexOf($"{foreign} · Kyrgyzstan"), "Kazakhstan's institutions first for a case in Kazakhstan, though the other name sorts first");
        labels.TakeWhile(l => !l.Contains(" · ", StringComparison.Ordinal)).ShouldContain(local);
    }
}
