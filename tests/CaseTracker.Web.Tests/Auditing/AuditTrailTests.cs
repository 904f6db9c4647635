using System.Text.Json;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseTracker.Web.Tests.Auditing;

/// <summary>The audit trail records changes field by field, cannot be edited by the app, and shows tampering.</summary>
public class AuditTrailTests(AppFixture app) : IClassFixture<AppFixture>
{
    private Task<List<AuditEntry>> EntriesAboutAsync(Guid id) =>
        app.Factory.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task An_edit_an_archive_and_a_restore_are_recorded_with_the_user_old_and_new_values()
    {
        var caseId = await app.Factory.CaseIdAsync("KZ-2023-011");
        var incidentId = await app.Factory.QueryAsync(db => db.Incidents.Where(i => i.CaseId == caseId).Select(i => i.Id).FirstAsync());
        var oldPlace = await app.Factory.QueryAsync(db => db.Incidents.Where(i => i.Id == incidentId).Select(i => i.Place).SingleAsync());
        var caseworkerId = await app.Factory.QueryAsync(db => db.Users.Where(u => u.Email == SignedInClients.Caseworker).Select(u => u.Id).SingleAsync());
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);

        using (await caseworker.SubmitAsync(await caseworker.GetPageAsync($"/Incidents/Edit/{incidentId}"), new Dictionary<string, string> { ["Input.Place"] = "Audited place" }))
        {
        }

        using (await caseworker.SubmitAsync(await caseworker.GetPageAsync($"/Records/Archive/incident/{incidentId}"), new Dictionary<string, string> { ["Reason"] = "Duplicate" }))
        {
        }

        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        using (await admin.SubmitAsync(await admin.GetPageAsync($"/Records/Archived/{caseId}"), new Dictionary<string, string>(), "main li form"))
        {
        }

        var entries = await EntriesAboutAsync(incidentId);
        var update = entries.Single(e => e.Action == AuditAction.Update);
        update.EntityType.ShouldBe("Incident");
        update.UserId.ShouldBe(caseworkerId);
        update.ClientAddress.ShouldBe("127.0.0.1");
        var place = JsonDocument.Parse(update.Changes!).RootElement.GetProperty("Place");
        place[0].GetString().ShouldBe(oldPlace);
        place[1].GetString().ShouldBe("Audited place");
        var archive = entries.Single(e => e.Action == AuditAction.Archive);
        JsonDocument.Parse(archive.Changes!).RootElement.GetProperty("ArchiveReason")[1].GetString().ShouldBe("Duplicate");
        entries.Single(e => e.Action == AuditAction.Restore).UserId.ShouldNotBe(caseworkerId);
        entries.Select(e => e.Id).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public async Task The_application_cannot_change_or_delete_audit_entries()
    {
        (await app.Factory.QueryAsync(db => db.AuditEntries.AnyAsync())).ShouldBeTrue("the demo data's creation is audited");

        var update = await Should.ThrowAsync<PostgresException>(() => app.Factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET action = 'Update'")));
        var delete = await Should.ThrowAsync<PostgresException>(() => app.Factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries")));
        var truncate = await Should.ThrowAsync<PostgresException>(() => app.Factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("TRUNCATE audit_entries")));

        foreach (var refused in new[] { update, delete, truncate })
        {
            refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        }
    }

    [Fact]
    public async Task The_application_role_cannot_switch_the_audit_triggers_off_and_even_the_owner_is_refused_by_them()
    {
        string[] ownerOnly =
        [
            "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update",
            "DROP TRIGGER audit_entries_no_update ON audit_entries",
            "SET session_replication_role = replica",
        ];
        foreach (var sql in ownerOnly)
        {
            var refused = await Should.ThrowAsync<PostgresException>(() => app.Factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql)), sql);
            refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege, sql);
        }

        await using var owner = new NpgsqlConnection(TestDatabases.OwnerOf(app.Factory.ConnectionString));
        await owner.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE audit_entries SET action = 'Update'", owner);
        (await Should.ThrowAsync<PostgresException>(() => update.ExecuteNonQueryAsync())).SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task The_chain_verifies_and_names_the_first_row_changed_behind_the_applications_back()
    {
        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var intact = await admin.GetPageAsync("/Audit?verify=true");
        intact.QuerySelector(".alert-success")!.TextContent.ShouldContain("The chain is intact");

        // Someone with the database's superuser password turns the triggers off and edits a row.
        var tampered = await app.Factory.QueryAsync(db => db.AuditEntries.OrderBy(a => a.Id).Skip(3).Select(a => a.Id).FirstAsync());
        await using (var connection = new NpgsqlConnection(TestDatabases.OwnerOf(app.Factory.ConnectionString)))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"SET session_replication_role = replica; UPDATE audit_entries SET client_address = '203.0.113.9' WHERE id = {tampered}; SET session_replication_role = origin;", connection);
            await command.ExecuteNonQueryAsync();
        }

        var broken = await admin.GetPageAsync("/Audit?verify=true");

        broken.QuerySelector(".alert-danger")!.TextContent.ShouldContain($"The chain is broken at entry {tampered}");
        var verification = await app.Factory.QueryAsync(db => new AuditChain(db).VerifyAsync(CancellationToken.None));
        verification.FirstBrokenId.ShouldBe(tampered);
        verification.Checked.ShouldBe(3);
    }

    [Fact]
    public async Task Only_admins_read_the_audit_trail_and_it_filters_by_record()
    {
        var caseId = await app.Factory.CaseIdAsync("KG-2020-003");
        using var researcher = await app.Factory.SignedInAsAsync(SignedInClients.Researcher);
        using var refused = await researcher.GetAsync(new Uri("/Audit", UriKind.Relative));
        refused.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/AccessDenied");

        using var admin = await app.Factory.SignedInAsAsync(SignedInClients.Admin);
        var page = await admin.GetPageAsync($"/Audit?record={caseId}");

        var items = page.QuerySelectorAll("ol.audit-list > li");
        items.ShouldNotBeEmpty();
        items.ShouldAllBe(li => li.QuerySelector($"a[href='/Audit?record={caseId}']") != null, "each entry links its record (the id is in the link, no longer shown as text)");
        page.QuerySelector("ol.audit-list")!.TextContent.ShouldContain("Create");
    }

    [Fact]
    public async Task Reading_a_restricted_case_and_exporting_a_timeline_are_audited()
    {
        var restricted = await app.Factory.CaseIdAsync("TJ-2024-002");
        var standard = await app.Factory.CaseIdAsync("KZ-2023-011");
        using var caseworker = await app.Factory.SignedInAsAsync(SignedInClients.Caseworker);
        var caseworkerId = await app.Factory.QueryAsync(db => db.Users.Where(u => u.Email == SignedInClients.Caseworker).Select(u => u.Id).SingleAsync());

        (await caseworker.GetAsync(new Uri($"/Cases/Details/{restricted}", UriKind.Relative))).EnsureSuccessStatusCode();
        (await caseworker.GetAsync(new Uri($"/Cases/Details/{standard}", UriKind.Relative))).EnsureSuccessStatusCode();
        (await caseworker.GetAsync(new Uri($"/Cases/{standard}/Timeline?handler=Csv", UriKind.Relative))).EnsureSuccessStatusCode();

        var reads = await app.Factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.ReadRestrictedCase && a.UserId == caseworkerId).Select(a => a.EntityId).ToListAsync());
        reads.ShouldBe([restricted], "only the restricted case's read is recorded");
        var export = await app.Factory.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Export && a.UserId == caseworkerId));
        export.EntityId.ShouldBe(standard);
        JsonDocument.Parse(export.Changes!).RootElement.GetProperty("Format").GetString().ShouldBe("csv");
    }
}
