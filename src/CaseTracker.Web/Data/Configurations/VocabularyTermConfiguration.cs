using System.Security.Cryptography;
using System.Text;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Vocabularies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTracker.Web.Data.Configurations;

/// <summary>
/// Vocabularies start with the default terms, seeded by the migration with ids derived from their
/// codes, so every installation shares them and the model never drifts from the migration.
/// </summary>
internal sealed class VocabularyTermConfiguration : IEntityTypeConfiguration<VocabularyTerm>
{
    public static Guid IdOf(Vocabulary vocabulary, string code)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes($"casetracker-vocabulary:{vocabulary}:{code}"));
        return new Guid(hash);
    }

    public void Configure(EntityTypeBuilder<VocabularyTerm> builder)
    {
        builder.ToTable("vocabulary_terms");
        builder.Property(t => t.Vocabulary).HasMaxLength(24);
        builder.Property(t => t.Code).HasMaxLength(TextLimits.Code);
        builder.Property(t => t.Label).HasMaxLength(TextLimits.Name);
        builder.Property(t => t.LabelRu).HasMaxLength(TextLimits.Name);
        builder.HasIndex(t => new { t.Vocabulary, t.Code }).IsUnique();
        builder.HasData(DefaultTerms.All.Select(term => new
        {
            Id = IdOf(term.Vocabulary, term.Code),
            term.Vocabulary,
            term.Code,
            term.Label,
            LabelRu = DefaultTerms.RussianLabels.GetValueOrDefault((term.Vocabulary, term.Code)),
            SortOrder = DefaultTerms.SortOrders[(term.Vocabulary, term.Code)],
            IsActive = true,
            IsProposed = false,
            DefaultReplyDays = term.ReplyDays,
        }));
    }
}
