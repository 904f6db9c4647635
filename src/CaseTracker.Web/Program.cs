using CaseTracker.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddCaseTrackerLogging();
builder.Services.AddCaseTracker();

var app = builder.Build();

if (args.Length > 0 && args[0] == MigrateCommand.Name)
{
    return await MigrateCommand.RunAsync(app);
}

app.UseCaseTracker();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
