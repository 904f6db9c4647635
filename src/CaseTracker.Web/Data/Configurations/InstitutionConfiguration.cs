using CaseTracker.Domain.Common;
using CaseTracker.Domain.Institutions;
using CaseTracker.Domain.Vocabularies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTracker.Web.Data.Configurations;

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.ToTable("institutions");
        builder.Property(i => i.Name).HasMaxLength(TextLimits.Name);
        builder.Property(i => i.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.HasOne<VocabularyTerm>().WithMany().HasForeignKey(i => i.TypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.Name);
    }
}
