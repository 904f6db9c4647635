using CaseTracker.Web.Auditing;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CaseTracker.Web.Tests.Auditing;

/// <summary>
/// The audit trail as an admin reads it: every kind of record and every field the interceptor can store has
/// a label (walked from the EF model, so a new field without one fails here), and the page shows labels,
/// who by name, and a link to the record.
/// </summary>
public class AuditLabelsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Every_record_kind_and_field_the_trail_can_store_has_a_label()
    {
        var stored = await app.Factory.QueryAsync(db => Task.FromResult(db.Model.GetEntityTypes().SelectMany(StoredNames).ToList()));

        stored.Count.ShouldBeGreaterThan(100, "the walk found the model's fields");
        stored.Where(s => AuditLabels.Record(s.Record).Count == 0).Select(s => s.Record).Distinct().ShouldBeEmpty("record kinds without a label in AuditLabels");
        stored.Where(s => AuditLabels.Field(s.Field).Count == 0).Select(s => $"{s.Record} {s.Field}").Distinct().ShouldBeEmpty("fields without a label in AuditLabels");
    }

    [Fact]
    public void Every_label_has_a_russian_text_of_its_own()
    {
        var russian = UiLanguage.Of("ru");

        // A key missing from the Russian file would fall back to the English text (or throw when in neither).
        AuditLabels.AllKeys().Where(key => russian[key] == key).ShouldBeEmpty("add these to both resource files");
    }

    [Fact]
    public async Task The_page_shows_labels_the_users_name_and_a_link_to_the_record()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        var incidentId = await app.Factory.QueryAsync(db => db.Incidents.Where(i => i.CaseId == caseId).Select(i => i.Id).FirstAsync());
        using (var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker))
        using (await caseworker.SubmitAsync(await caseworker.GetPageAsync($"/Incidents/Edit/{incidentId}"), new Dictionary<string, string> { ["Input.Place"] = "Read in the trail", ["Input.Date"] = "spring 2023" }))
        {
        }

        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        var page = await admin.GetPageAsync($"/Audit?record={incidentId}&action=Update");
        var entry = page.QuerySelector("ol.audit-list li")!;

        entry.TextContent.ShouldContain("Инцидент");
        entry.TextContent.ShouldContain("Demo Caseworker", customMessage: "who, by name");
        entry.QuerySelector($"a[href='/Incidents/Edit/{incidentId}']").ShouldNotBeNull("the record is linked");
        var fields = entry.QuerySelectorAll(".audit-changes dt").Select(dt => dt.TextContent.Trim()).ToList();
        fields.ShouldContain("Место");
        fields.ShouldContain("Дата: как записано");
        entry.QuerySelectorAll(".audit-changes dt code").ShouldBeEmpty("no internal name is shown");
    }

    /// <summary>The names <see cref="AuditingInterceptor"/> stores for a type, as it forms them.</summary>
    private static IEnumerable<(string Record, string Field)> StoredNames(IEntityType type)
    {
        string record;
        if (typeof(CaseTracker.Domain.Common.Entity).IsAssignableFrom(type.ClrType))
        {
            record = type.ClrType.Name;
        }
        else if (type.FindOwnership() is { } owner && typeof(CaseTracker.Domain.Common.Entity).IsAssignableFrom(owner.PrincipalEntityType.ClrType))
        {
            record = $"{owner.PrincipalEntityType.ClrType.Name}.{owner.PrincipalToDependent?.Name ?? type.ClrType.Name}";
        }
        else
        {
            yield break;
        }

        foreach (var property in type.GetProperties())
        {
            yield return (record, property.Name);
        }

        foreach (var complex in type.GetComplexProperties())
        {
            foreach (var property in complex.ComplexType.GetProperties())
            {
                yield return (record, $"{complex.Name}.{property.Name}");
            }
        }
    }
}
