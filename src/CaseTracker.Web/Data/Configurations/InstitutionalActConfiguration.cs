using CaseTracker.Domain.Acts;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.Institutions;
using CaseTracker.Domain.People;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabularies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTracker.Web.Data.Configurations;

internal sealed class InstitutionalActConfiguration : IEntityTypeConfiguration<InstitutionalAct>
{
    public void Configure(EntityTypeBuilder<InstitutionalAct> builder)
    {
        builder.ToTable("institutional_acts");
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(a => a.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<VocabularyTerm>().WithMany().HasForeignKey(a => a.KindId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Summary).HasMaxLength(TextLimits.LongText);
        builder.ComplexProperty(a => a.Date, PartialDateMapping.Configure);
        builder.ComplexProperty(a => a.Group, GroupCountMapping.Configure);
        builder.ConfigureArchiving();
        builder.HasIndex(a => a.CaseId);
        builder.HasIndex(a => a.InstitutionId);
        builder.HasSearchDocument("coalesce(summary, '')");

        // The links belong to the act; they point at records elsewhere, which are never deleted through them.
        builder.OwnsMany(a => a.Incidents, link =>
        {
            link.ToTable("institutional_act_incidents");
            link.WithOwner().HasForeignKey(l => l.ActId);
            link.HasKey(l => new { l.ActId, l.IncidentId });
            link.HasOne<Incident>().WithMany().HasForeignKey(l => l.IncidentId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(a => a.People, link =>
        {
            link.ToTable("institutional_act_people");
            link.WithOwner().HasForeignKey(l => l.ActId);
            link.HasKey(l => new { l.ActId, l.PersonId });
            link.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(a => a.Sources, link =>
        {
            link.ToTable("institutional_act_sources");
            link.WithOwner().HasForeignKey(l => l.ActId);
            link.HasKey(l => new { l.ActId, l.SourceId });
            link.HasOne<Source>().WithMany().HasForeignKey(l => l.SourceId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
