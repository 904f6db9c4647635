using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Operations;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddCaseTrackerLogging();
builder.Services.AddCaseTracker();

var app = builder.Build();

// Operator commands run against the same configuration as the app, then exit.
switch (args.FirstOrDefault())
{
    case MigrateCommand.Name:
        return await MigrateCommand.RunAsync(app.Services, Console.Out);
    case CreateAdminCommand.Name:
        return await CreateAdminCommand.RunAsync(app.Services, args, Console.Out);
    case BackupCommand.Name:
        return await BackupCommand.RunAsync(app.Services, args, Console.Out);
    case RestoreCommand.Name:
        return await RestoreCommand.RunAsync(app.Services, args, Console.Out);
    default:
        break;
}

app.UseCaseTracker();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
