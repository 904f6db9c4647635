namespace CaseTracker.Web.Data;

/// <summary>
/// Whether start-up work on the database (migrations, demo data) has finished. Until it has, pages answer
/// 503 instead of failing on a half-built schema. Health endpoints do not wait for it.
/// </summary>
public sealed class StartupState
{
    private volatile bool _databaseReady;

    public bool DatabaseReady => _databaseReady;

    public void MarkDatabaseReady() => _databaseReady = true;
}
