using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTracker.Web.Data.Configurations;

/// <summary>
/// The three roles are part of the schema, seeded by the migration, so they exist in every environment
/// without a start-up step. Ids and stamps are fixed so the model never drifts from the migration.
/// </summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    public static readonly Guid AdminId = new("6f1c5a9e-3b1d-4b8e-9c41-0a7d2f6e1a01");
    public static readonly Guid CaseworkerId = new("6f1c5a9e-3b1d-4b8e-9c41-0a7d2f6e1a02");
    public static readonly Guid ResearcherId = new("6f1c5a9e-3b1d-4b8e-9c41-0a7d2f6e1a03");

    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> builder) =>
        builder.HasData(
            Role(AdminId, Roles.Admin),
            Role(CaseworkerId, Roles.Caseworker),
            Role(ResearcherId, Roles.Researcher));

    private static IdentityRole<Guid> Role(Guid id, string name) => new()
    {
        Id = id,
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id.ToString(),
    };
}
