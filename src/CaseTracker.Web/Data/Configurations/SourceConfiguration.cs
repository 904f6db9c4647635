using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTracker.Web.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ToTable("sources");
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Title).HasMaxLength(TextLimits.Title);
        builder.Property(s => s.Kind).HasMaxLength(24);
        builder.Property(s => s.Publisher).HasMaxLength(TextLimits.Name);
        builder.Property(s => s.Url).HasMaxLength(TextLimits.Url);
        builder.Property(s => s.Language).HasMaxLength(16);
        builder.Property(s => s.Reliability).HasMaxLength(16);
        builder.Property(s => s.Notes).HasMaxLength(TextLimits.LongText);
        builder.ComplexProperty(s => s.PublishedOn, PartialDateMapping.Configure);
        builder.ConfigureArchiving();
        builder.HasIndex(s => s.CaseId);
        builder.OwnsMany(s => s.CitedIn, link =>
        {
            link.ToTable("source_cases");
            link.WithOwner().HasForeignKey(l => l.SourceId);
            link.HasKey(l => new { l.SourceId, l.CaseId });
            link.HasOne<CaseFile>().WithMany().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.CaseId);
        });
    }
}
