using CaseTracker.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTracker.Web.Data.Configurations;

internal sealed class SignInAttemptWindowConfiguration : IEntityTypeConfiguration<SignInAttemptWindow>
{
    public void Configure(EntityTypeBuilder<SignInAttemptWindow> builder)
    {
        builder.ToTable("sign_in_attempt_windows");
        builder.HasKey(w => new { w.ClientHash, w.WindowStart });
        builder.Property(w => w.ClientHash).HasMaxLength(32);
    }
}
