namespace CaseTracker.Web.Pages.Statistics;

/// <summary>The numbers of one chart as a table.</summary>
public sealed record CountTable(string Heading, IReadOnlyList<Count> Counts);
