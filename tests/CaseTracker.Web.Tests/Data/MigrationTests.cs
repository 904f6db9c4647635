using CaseTracker.Web.Data;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Tests.Data;

public class MigrationTests
{
    private static CaseTrackerDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<CaseTrackerDbContext>().UseNpgsql(connectionString).Options);

    [Fact]
    public async Task Migrations_apply_to_an_empty_database()
    {
        await using var db = Open(TestDatabases.OwnerOf(await TestDatabases.CreateEmptyAsync()));
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBeEmpty();

        await db.Database.MigrateAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
        var roles = await db.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync();
        roles.ShouldBe(["Admin", "Caseworker", "Researcher"]);
    }

    [Fact]
    public async Task The_model_has_no_changes_that_lack_a_migration()
    {
        await using var db = Open(await TestDatabases.CreateMigratedAsync());

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            "The EF model differs from the last migration: run `dotnet ef migrations add <WhatChanged> --project src/CaseTracker.Web --output-dir Data/Migrations`.");
    }
}
