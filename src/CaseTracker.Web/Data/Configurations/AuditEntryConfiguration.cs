using CaseTracker.Web.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTracker.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);

        // The id and both hashes are set by the append trigger (see the AuditTrail migration), under a lock, so that ids
        // follow the order of the chain even when several app instances write at once.
        builder.Property(a => a.Id).UseIdentityByDefaultColumn();
        builder.Property(a => a.PreviousHash).ValueGeneratedOnAdd();
        builder.Property(a => a.Hash).ValueGeneratedOnAdd();
        builder.Property(a => a.ClientAddress).HasMaxLength(64);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.Changes).HasColumnType("jsonb");
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.UserId);
        builder.HasIndex(a => a.OccurredAt);
    }
}
