using CaseTracker.Domain;
using CaseTracker.Domain.Dates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseTracker.Web.Data;

/// <summary>
/// Keeps dates that count from another entry ("a week later", <see cref="PartialDate.After"/>) true to it,
/// whichever page saves: before every save, an entry said to come after another must not, through the
/// chain of entries it comes after, come after itself (refused next to its date); and every entry whose
/// date counts from a changed one is counted again, and so on down the chain, in the same transaction.
/// </summary>
public sealed class DatesCountFromTheirEntries : SaveChangesInterceptor
{
    /// <summary>No real story chains this many entries; a longer walk means a cycle the check missed.</summary>
    private const int LongestChain = 10_000;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // Every page saves asynchronously; the seeder and tools that save synchronously still get the rule.
        SettleAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await SettleAsync(eventData.Context, cancellationToken);
        return result;
    }

    private static async Task SettleAsync(DbContext? db, CancellationToken cancellationToken)
    {
        if (db is not CaseTrackerDbContext context)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var changed = context.ChangeTracker.Entries<IDatedEntry>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => e.Entity)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        foreach (var entry in changed.Where(e => e.StoryDate.After is not null))
        {
            await RefuseCycleAsync(context, entry, cancellationToken);
        }

        var queue = new Queue<IDatedEntry>(changed);
        for (var steps = 0; queue.TryDequeue(out var moved) && steps < LongestChain; steps++)
        {
            foreach (var follower in await FollowersAsync(context, moved.Id, cancellationToken))
            {
                var before = follower.StoryDate;
                follower.RecountFrom(moved.StoryDate);
                if (!before.Equals(follower.StoryDate))
                {
                    queue.Enqueue(follower);
                }
            }
        }

        context.ChangeTracker.DetectChanges();
    }

    private static async Task RefuseCycleAsync(CaseTrackerDbContext db, IDatedEntry entry, CancellationToken cancellationToken)
    {
        var next = entry.StoryDate.After;
        for (var steps = 0; next is { } id && steps < LongestChain; steps++)
        {
            if (id == entry.Id)
            {
                throw new DomainException("This entry would come after itself: the entry it counts from comes after this one. Choose another entry, or type the date in full.", DateField(entry));
            }

            next = (await FindAsync(db, id, cancellationToken))?.StoryDate.After;
        }
    }

    private static string DateField(IDatedEntry entry) => DatedEntryKinds.Of(entry).DateField;

    private static async Task<IDatedEntry?> FindAsync(CaseTrackerDbContext db, Guid id, CancellationToken cancellationToken)
    {
        foreach (var kind in DatedEntryKinds.All)
        {
            if (await kind.Find(db, id, cancellationToken) is { } entry)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The entries whose dates count from or come after <paramref name="id"/>, tracked so that a recount is saved.</summary>
    private static async Task<List<IDatedEntry>> FollowersAsync(CaseTrackerDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var followers = new List<IDatedEntry>();
        foreach (var kind in DatedEntryKinds.All)
        {
            followers.AddRange(await kind.Followers(db, id, cancellationToken));
        }

        return followers;
    }
}
