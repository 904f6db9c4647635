using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseTracker.Web.Auditing;

public static class AuditingSetup
{
    public static IServiceCollection AddCaseTrackerAuditing(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditContext>();
        services.AddSingleton<IInterceptor, AuditingInterceptor>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditChain>();
        return services;
    }
}
