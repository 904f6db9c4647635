using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Data;

/// <summary>
/// The one unit of work over PostgreSQL. Pages use it directly (no repositories): see docs/adr/0001.
/// Each entity's mapping lives in <c>Data/Configurations/&lt;Entity&gt;Configuration.cs</c>.
/// </summary>
public class CaseTrackerDbContext(DbContextOptions<CaseTrackerDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CaseTrackerDbContext).Assembly);
    }
}
