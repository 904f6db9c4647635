namespace CaseTracker.Web.Tests.TestInfrastructure;

/// <summary>
/// A class fixture: the app in Development on its own freshly cloned database, ready to serve. Tests in
/// one class share it; classes never share a database.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private CaseTrackerFactory? _factory;

    public CaseTrackerFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised");

    public async Task InitializeAsync()
    {
        _factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync());
        await _factory.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
