using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseTracker.Bench.Runner;

/// <summary>
/// The yardstick of every round (issue 17): TechEmpower's Fortunes test on the app's own stack (Kestrel,
/// EF Core, Npgsql, HTML encoding), 12 rows plus one added per request, sorted and encoded. A page's
/// requests per second divided by this round's Fortunes figure says how much of what this machine could
/// do at that moment the page gets. It is added to the app only in the benchmark (<see cref="BenchApp"/>),
/// in front of the app's pipeline and without sign-in; its table is created here, never by a migration.
/// </summary>
internal static class BaselineFortunes
{
    public const string Path = "/baseline/fortunes";

    private static readonly string[] Messages =
    [
        "fortune: No such file or directory", "A computer scientist is someone who fixes things that aren't broken.", "After enough decimal places, nobody gives a damn.",
        "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1", "A computer program does what you tell it to do, not what you want it to do.",
        "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen", "Any program that runs right is obsolete.",
        "A list is only as strong as its weakest link. — Donald Knuth", "Feature: A bug with seniority.", "Computers make very fast, very accurate mistakes.",
        "<script>alert(\"This should not be displayed in a browser alert box.\");</script>", "フレームワークのベンチマーク",
    ];

    public static void Add(IServiceCollection services)
    {
        services.AddDbContextPool<FortuneContext>((provider, options) => options.UseNpgsql(provider.GetRequiredService<IConfiguration>().GetConnectionString("CaseTracker")));
        services.AddSingleton<IStartupFilter, FortunesRoute>();
    }

    /// <summary>Creates and fills <c>bench_fortunes</c> if the database has none.</summary>
    public static async Task EnsureTableAsync(string connection)
    {
        await using var database = NpgsqlDataSource.Create(connection);
        await using (var create = database.CreateCommand("CREATE TABLE IF NOT EXISTS bench_fortunes (id integer PRIMARY KEY, message text NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        for (var i = 0; i < Messages.Length; i++)
        {
            await using var insert = database.CreateCommand("INSERT INTO bench_fortunes (id, message) VALUES (@id, @message) ON CONFLICT (id) DO NOTHING");
            insert.Parameters.AddWithValue("id", i + 1);
            insert.Parameters.AddWithValue("message", Messages[i]);
            await insert.ExecuteNonQueryAsync();
        }
    }

    private static async Task RenderAsync(HttpContext context)
    {
        var db = context.RequestServices.GetRequiredService<FortuneContext>();
        var fortunes = await db.Fortunes.AsNoTracking().ToListAsync(context.RequestAborted);
        fortunes.Add(new Fortune { Id = 0, Message = "Additional fortune added at request time." });
        fortunes.Sort((a, b) => string.CompareOrdinal(a.Message, b.Message));
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>");
        foreach (var fortune in fortunes)
        {
            html.Append("<tr><td>").Append(fortune.Id).Append("</td><td>").Append(HtmlEncoder.Default.Encode(fortune.Message)).Append("</td></tr>");
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html.Append("</table></body></html>").ToString(), context.RequestAborted);
    }

    private sealed class FortunesRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(Path, branch => branch.Run(RenderAsync));
            next(app);
        };
    }

    internal sealed class Fortune
    {
        public int Id { get; init; }

        public required string Message { get; init; }
    }

    internal sealed class FortuneContext(DbContextOptions<FortuneContext> options) : DbContext(options)
    {
        public DbSet<Fortune> Fortunes => Set<Fortune>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Fortune>(fortune =>
            {
                fortune.ToTable("bench_fortunes");
                fortune.Property(f => f.Id).HasColumnName("id");
                fortune.Property(f => f.Message).HasColumnName("message");
            });
    }
}
