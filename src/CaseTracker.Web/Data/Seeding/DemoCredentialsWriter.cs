namespace CaseTracker.Web.Data.Seeding;

/// <summary>
/// Prints generated demo credentials straight to the console, on purpose outside the logging pipeline:
/// a password must never end up in a log file or a log collector.
/// </summary>
public class DemoCredentialsWriter
{
    public virtual void Announce(IReadOnlyList<string> emails, string password)
    {
        var console = Console.Out;
        console.WriteLine();
        console.WriteLine("==================================================================");
        console.WriteLine(" Demo accounts created (Development only). Password for all three:");
        console.WriteLine($"   {password}");
        foreach (var email in emails)
        {
            console.WriteLine($"   {email}");
        }

        console.WriteLine(" It is shown this once. Set Demo__Password to choose your own.");
        console.WriteLine("==================================================================");
        console.WriteLine();
        console.Flush();
    }
}
