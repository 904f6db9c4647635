using CaseTracker.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTracker.Web.Data.Configurations;

internal static class ArchivingMapping
{
    public static void ConfigureArchiving<T>(this EntityTypeBuilder<T> builder)
        where T : ArchivableEntity
    {
        builder.Property(e => e.ArchiveReason).HasMaxLength(TextLimits.Reason);
        builder.Ignore(e => e.IsArchived);
    }
}
