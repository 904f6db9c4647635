using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.Institutions;
using CaseTracker.Domain.Proceedings;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabularies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTracker.Web.Data.Configurations;

internal sealed class ProceedingConfiguration : IEntityTypeConfiguration<Proceeding>
{
    public void Configure(EntityTypeBuilder<Proceeding> builder)
    {
        builder.ToTable("proceedings");
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(p => p.ConductedById).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Kind).HasMaxLength(16);
        builder.Property(p => p.Title).HasMaxLength(TextLimits.Title);
        builder.Property(p => p.ReferenceNumber).HasMaxLength(TextLimits.Name);
        builder.Property(p => p.Against).HasMaxLength(TextLimits.ShortText);
        builder.ConfigureArchiving();
        builder.HasIndex(p => p.CaseId);
        builder.HasIndex(p => p.ConductedById);
        builder.HasSearchDocument("title || ' ' || coalesce(reference_number, '') || ' ' || coalesce(against, '')");
        builder.OwnsMany(p => p.Incidents, link =>
        {
            link.ToTable("proceeding_incidents");
            link.WithOwner().HasForeignKey(l => l.ProceedingId);
            link.HasKey(l => new { l.ProceedingId, l.IncidentId });
            link.HasOne<Incident>().WithMany().HasForeignKey(l => l.IncidentId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(p => p.Sources, link =>
        {
            link.ToTable("proceeding_sources");
            link.WithOwner().HasForeignKey(l => l.ProceedingId);
            link.HasKey(l => new { l.ProceedingId, l.SourceId });
            link.HasOne<Source>().WithMany().HasForeignKey(l => l.SourceId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class ProceedingStepConfiguration : IEntityTypeConfiguration<ProceedingStep>
{
    public void Configure(EntityTypeBuilder<ProceedingStep> builder)
    {
        builder.ToTable("proceeding_steps");
        builder.HasOne<Proceeding>().WithMany().HasForeignKey(s => s.ProceedingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<VocabularyTerm>().WithMany().HasForeignKey(s => s.KindId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(s => s.CourtId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Instance).HasMaxLength(TextLimits.Name);
        builder.Property(s => s.Outcome).HasMaxLength(TextLimits.ShortText);
        builder.Property(s => s.Summary).HasMaxLength(TextLimits.LongText);
        builder.ComplexProperty(s => s.Date, PartialDateMapping.Configure);
        builder.ConfigureArchiving();
        builder.HasIndex(s => s.ProceedingId);
        builder.HasSearchDocument("coalesce(outcome, '') || ' ' || coalesce(summary, '')");
    }
}
