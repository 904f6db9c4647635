using CaseTracker.Domain.Common;
using CaseTracker.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTracker.Web.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("persons");
        builder.Property(p => p.Name).HasMaxLength(TextLimits.Name);
        builder.Property(p => p.OtherNames).HasColumnType("text[]");
        builder.Property(p => p.Sex).HasMaxLength(16);
        builder.Property(p => p.Occupation).HasMaxLength(TextLimits.Name);
        builder.Property(p => p.ContactDetails).HasMaxLength(TextLimits.LongText);
        builder.Property(p => p.SecurityNotes).HasMaxLength(TextLimits.LongText);
        builder.Property(p => p.Citizenships).HasColumnType("text[]");
        builder.ComplexProperty(p => p.DiedOn, PartialDateMapping.Configure);
        builder.Property(p => p.DeathPlace).HasMaxLength(TextLimits.Place);
        builder.Property(p => p.DeathCircumstances).HasMaxLength(TextLimits.LongText);
        builder.HasOne<Domain.Incidents.Incident>().WithMany().HasForeignKey(p => p.DeathIncidentId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.HasDied);
        builder.HasIndex(p => p.Name);

        // Name and other names folded to one Latin spelling (ct_fold_names, migration SearchIndexes), so
        // "Рузиев", "Ruziyev" and "Ruziev" meet; searched by trigram similarity (ADR 15).
        builder.Property<string>(SearchColumns.PersonNameKey).HasColumnName("name_key")
            .HasComputedColumnSql("ct_fold_names(name, other_names)", stored: true);
        builder.HasIndex(SearchColumns.PersonNameKey).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.OwnsMany(p => p.Memberships, membership =>
        {
            membership.ToTable("organisation_memberships");
            membership.WithOwner().HasForeignKey(m => m.PersonId);
            membership.HasKey(m => new { m.PersonId, m.OrganisationId });
            membership.Property(m => m.Role).HasMaxLength(TextLimits.Name);
            membership.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.Property(o => o.Name).HasMaxLength(TextLimits.Name);
        builder.Property(o => o.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(o => o.Notes).HasMaxLength(TextLimits.LongText);
    }
}
