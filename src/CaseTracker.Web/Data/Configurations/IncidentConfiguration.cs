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

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("incidents");
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Title).HasMaxLength(TextLimits.Title);
        builder.Property(i => i.Narrative).HasMaxLength(TextLimits.LongText);
        builder.Property(i => i.Place).HasMaxLength(TextLimits.Place);
        builder.Property(i => i.DateNote).HasMaxLength(TextLimits.ShortText);
        builder.Property(i => i.Verification).HasMaxLength(16);
        builder.ComplexProperty(i => i.Date, PartialDateMapping.Configure);
        builder.ComplexProperty(i => i.AlternativeDate, PartialDateMapping.Configure);
        builder.ComplexProperty(i => i.VictimGroup, GroupCountMapping.Configure);
        builder.Ignore(i => i.PeopleAffected);
        builder.ConfigureArchiving();
        builder.HasIndex(i => i.CaseId);
        builder.HasSearchDocument("title || ' ' || coalesce(narrative, '') || ' ' || coalesce(place, '')");

        // The links below belong to the incident; they point at records elsewhere, which are never deleted through them.
        builder.OwnsMany(i => i.Types, link =>
        {
            link.ToTable("incident_types");
            link.WithOwner().HasForeignKey(l => l.IncidentId);
            link.HasKey(l => new { l.IncidentId, l.TermId });
            link.HasOne<VocabularyTerm>().WithMany().HasForeignKey(l => l.TermId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(i => i.Victims, link =>
        {
            link.ToTable("incident_victims");
            link.WithOwner().HasForeignKey(l => l.IncidentId);
            link.HasKey(l => new { l.IncidentId, l.PersonId });
            link.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
            link.Property(l => l.AgeAsGiven).HasMaxLength(IncidentVictim.AgeLength);
            link.Property(l => l.Condition).HasMaxLength(TextLimits.ShortText);
        });
        builder.OwnsMany(i => i.Sources, link =>
        {
            link.ToTable("incident_sources");
            link.WithOwner().HasForeignKey(l => l.IncidentId);
            link.HasKey(l => new { l.IncidentId, l.SourceId });
            link.Property(l => l.Locator).HasMaxLength(IncidentSourceLink.LocatorLength);
            link.HasOne<Source>().WithMany().HasForeignKey(l => l.SourceId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(i => i.Perpetrators, perpetrator =>
        {
            perpetrator.ToTable("incident_perpetrators");
            perpetrator.WithOwner().HasForeignKey(p => p.IncidentId);
            perpetrator.HasKey(p => p.Id);
            perpetrator.Property(p => p.Description).HasMaxLength(TextLimits.ShortText);
            perpetrator.Property(p => p.Position).HasMaxLength(TextLimits.Name);
            perpetrator.Ignore(p => p.Version);
            perpetrator.HasOne<Institution>().WithMany().HasForeignKey(p => p.InstitutionId).OnDelete(DeleteBehavior.Restrict);
            perpetrator.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
            perpetrator.HasOne<VocabularyTerm>().WithMany().HasForeignKey(p => p.PerpetratorTypeId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
