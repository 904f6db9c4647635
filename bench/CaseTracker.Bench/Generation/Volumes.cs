namespace CaseTracker.Bench.Generation;

/// <summary>How much the generator writes. <see cref="Full"/> is issue 17's database; <see cref="Quick"/> a tenth of it.</summary>
internal sealed record Volumes(int Cases, int People, int Incidents, int Complaints, int Responses, int Acts, int Proceedings, int StepsPerProceeding, int Institutions)
{
    public static Volumes Full { get; } = new(20_000, 50_000, 1_000_000, 300_000, 400_000, 100_000, 20_000, 3, 400);

    public static Volumes Quick { get; } = new(2_000, 5_000, 100_000, 30_000, 40_000, 10_000, 2_000, 3, 200);

    /// <summary>Share of restricted cases.</summary>
    public const double Restricted = 0.05;

    /// <summary>The one case with a timeline of 2,000 entries (1,000 incidents, 600 complaints, 400 responses).</summary>
    public const string BigCase = "BIG-2000";
}
