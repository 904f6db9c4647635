using CaseTracker.Web.Pages.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTracker.Web.Data.Configurations;

internal sealed class StatisticsSnapshotConfiguration : IEntityTypeConfiguration<StatisticsSnapshot>
{
    public void Configure(EntityTypeBuilder<StatisticsSnapshot> builder)
    {
        builder.ToTable("statistics_snapshots");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.Country).HasMaxLength(2);
        builder.Property(s => s.From).HasMaxLength(40);
        builder.Property(s => s.To).HasMaxLength(40);
        builder.Property(s => s.Figures).HasColumnType("jsonb");
        builder.HasIndex(s => s.ComputedAt);
    }
}
