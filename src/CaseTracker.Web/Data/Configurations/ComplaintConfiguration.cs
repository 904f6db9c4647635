using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.Institutions;
using CaseTracker.Domain.People;
using CaseTracker.Domain.Proceedings;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabularies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTracker.Web.Data.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("complaints");
        builder.HasOne<Proceeding>().WithMany().HasForeignKey(c => c.ProceedingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<VocabularyTerm>().WithMany().HasForeignKey(c => c.KindId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(c => c.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.FiledByPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.FiledByOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Subject).HasMaxLength(TextLimits.Title);
        builder.Property(c => c.ReferenceNumber).HasMaxLength(TextLimits.Name);
        builder.Property(c => c.Notes).HasMaxLength(TextLimits.LongText);
        builder.Property(c => c.FiledByName).HasMaxLength(TextLimits.Name);
        builder.Property(c => c.ClosedReason).HasMaxLength(TextLimits.Reason);
        builder.ComplexProperty(c => c.FiledOn, PartialDateMapping.Configure);
        builder.ComplexProperty(c => c.Group, GroupCountMapping.Configure);
        builder.ConfigureArchiving();
        builder.HasIndex(c => c.CaseId);
        builder.HasIndex(c => new { c.InstitutionId, c.ReplyDueOn });

        // The home page's "waiting longest" list reads open complaints by due date and stops at the first
        // few without a reply; without it every complaint was sorted (100 ms on 300,000, issue 17).
        builder.HasIndex(c => new { c.ReplyDueOn, c.Id }).HasFilter("archived_at IS NULL AND closed_on IS NULL").HasDatabaseName("ix_complaints_open_by_due_date");

        // The subject only: internal notes are confidential and must not be found by those who may not read them.
        builder.HasSearchDocument("subject");

        // Responses have their own edit pages but live and die with their complaint.
        builder.HasMany(c => c.Responses).WithOne().HasForeignKey(r => r.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(c => c.Incidents, link =>
        {
            link.ToTable("complaint_incidents");
            link.WithOwner().HasForeignKey(l => l.ComplaintId);
            link.HasKey(l => new { l.ComplaintId, l.IncidentId });
            link.HasOne<Incident>().WithMany().HasForeignKey(l => l.IncidentId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(c => c.OtherCases, link =>
        {
            link.ToTable("complaint_cases");
            link.WithOwner().HasForeignKey(l => l.ComplaintId);
            link.HasKey(l => new { l.ComplaintId, l.CaseId });
            link.HasOne<CaseFile>().WithMany().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.CaseId);
        });
        builder.OwnsMany(c => c.Sources, link =>
        {
            link.ToTable("complaint_sources");
            link.WithOwner().HasForeignKey(l => l.ComplaintId);
            link.HasKey(l => new { l.ComplaintId, l.SourceId });
            link.HasOne<Source>().WithMany().HasForeignKey(l => l.SourceId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class InstitutionalResponseConfiguration : IEntityTypeConfiguration<InstitutionalResponse>
{
    public void Configure(EntityTypeBuilder<InstitutionalResponse> builder)
    {
        builder.ToTable("institutional_responses");
        builder.HasOne<VocabularyTerm>().WithMany().HasForeignKey(r => r.OutcomeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(r => r.ForwardedToInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(r => r.FromInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Summary).HasMaxLength(TextLimits.LongText);
        builder.Property(r => r.ReferenceNumber).HasMaxLength(TextLimits.Name);
        builder.ComplexProperty(r => r.Date, PartialDateMapping.Configure);
        builder.ConfigureArchiving();
        builder.HasSearchDocument("coalesce(summary, '')");
        builder.OwnsMany(r => r.Sources, link =>
        {
            link.ToTable("response_sources");
            link.WithOwner().HasForeignKey(l => l.ResponseId);
            link.HasKey(l => new { l.ResponseId, l.SourceId });
            link.HasOne<Source>().WithMany().HasForeignKey(l => l.SourceId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
