using System.Collections.Concurrent;
using System.Diagnostics;

namespace CaseTracker.Web.Tests.TestInfrastructure;

/// <summary>
/// The SQL commands and batches Npgsql sends to one database, whichever way they were made (EF Core or
/// raw Npgsql), read from the driver's trace source: how many, and their text.
/// </summary>
public sealed class SqlCommandLog : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<string> _statements = new();

    public SqlCommandLog(string database)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TagObjects.Any(tag => database.Equals(tag.Value as string, StringComparison.Ordinal)) && activity.OperationName != "connect")
                {
                    _statements.Enqueue((activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) as string ?? "");
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public int Count => _statements.Count;

    public IReadOnlyList<string> Statements => [.. _statements];

    public void Reset() => _statements.Clear();

    public void Dispose() => _listener.Dispose();
}
