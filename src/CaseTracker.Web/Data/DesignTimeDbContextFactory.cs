using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseTracker.Web.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without a running database or any
/// configuration. Commands that touch a database (<c>database update</c>) use
/// ConnectionStrings__CaseTracker when it is set.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CaseTrackerDbContext>
{
    public CaseTrackerDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__CaseTracker");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = "Host=127.0.0.1;Database=casetracker_design_time";
        }

        var options = new DbContextOptionsBuilder<CaseTrackerDbContext>().UseNpgsql(connectionString).Options;
        return new CaseTrackerDbContext(options);
    }
}
