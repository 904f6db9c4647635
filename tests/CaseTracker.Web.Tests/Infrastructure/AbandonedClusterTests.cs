using CaseTracker.Web.Tests.TestInfrastructure;

namespace CaseTracker.Web.Tests.Infrastructure;

/// <summary>The suite removes the cluster folders earlier runs left behind, and only those (they filled the disk).</summary>
public class AbandonedClusterTests
{
    [Fact]
    public void An_old_folder_without_a_running_server_is_removed_and_a_recent_one_is_kept()
    {
        var abandoned = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "casetracker-pg-abandoned-" + Guid.NewGuid().ToString("N")[..6]));
        File.WriteAllText(Path.Combine(abandoned.FullName, "server.log"), "left behind");
        Directory.SetLastWriteTimeUtc(abandoned.FullName, DateTime.UtcNow.AddHours(-3));
        var recent = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "casetracker-pg-recent-" + Guid.NewGuid().ToString("N")[..6]));
        try
        {
            PostgresCluster.RemoveAbandoned();

            Directory.Exists(abandoned.FullName).ShouldBeFalse("three hours old and no server: a run that ended without cleaning up");
            Directory.Exists(recent.FullName).ShouldBeTrue("a folder another run may be creating right now");
        }
        finally
        {
            foreach (var folder in new[] { abandoned.FullName, recent.FullName }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
