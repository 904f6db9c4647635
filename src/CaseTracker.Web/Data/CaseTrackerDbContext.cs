using CaseTracker.Domain.Acts;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.Institutions;
using CaseTracker.Domain.People;
using CaseTracker.Domain.Proceedings;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data.Configurations;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Data;

/// <summary>
/// The one unit of work over PostgreSQL. Pages use it directly (no repositories): see docs/adr/0001.
/// Each entity's mapping lives in <c>Data/Configurations/&lt;Entity&gt;Configuration.cs</c>.
/// </summary>
public class CaseTrackerDbContext(DbContextOptions<CaseTrackerDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The key ring that protects session and antiforgery cookies and set-password links, shared by every app instance (ADR 19).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<CaseFile> Cases => Set<CaseFile>();

    public DbSet<Person> Persons => Set<Person>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Institution> Institutions => Set<Institution>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<InstitutionalResponse> Responses => Set<InstitutionalResponse>();

    public DbSet<InstitutionalAct> Acts => Set<InstitutionalAct>();

    public DbSet<Proceeding> Proceedings => Set<Proceeding>();

    public DbSet<ProceedingStep> ProceedingSteps => Set<ProceedingStep>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<VocabularyTerm> VocabularyTerms => Set<VocabularyTerm>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SecuritySettings> SecuritySettings => Set<SecuritySettings>();

    public DbSet<PersonalAccessToken> AccessTokens => Set<PersonalAccessToken>();

    public DbSet<SignInAttemptWindow> SignInAttemptWindows => Set<SignInAttemptWindow>();

    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();

    public DbSet<Pages.Statistics.StatisticsSnapshot> StatisticsSnapshots => Set<Pages.Statistics.StatisticsSnapshot>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their names: readable in SQL and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        IdentityTablesConfiguration.Apply(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CaseTrackerDbContext).Assembly);

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(Entity).IsAssignableFrom(e.ClrType)))
        {
            // Ids come from the domain (UUIDv7), so a new record reached through a navigation is an
            // insert; with generated keys EF would take it for an existing row and update nothing.
            entity.FindProperty(nameof(Entity.Id))!.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;

            // Every editable record carries PostgreSQL's xmin as its concurrency token.
            if (!entity.IsOwned())
            {
                builder.Entity(entity.ClrType).Property(nameof(Entity.Version)).IsRowVersion().HasColumnName("xmin");
            }
        }

        SnakeCaseNames.Apply(builder.Model);
    }
}
