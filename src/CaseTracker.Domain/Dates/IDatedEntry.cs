namespace CaseTracker.Domain.Dates;

/// <summary>
/// A record of a case that takes its place in the story by a date: an incident, a complaint (its filing),
/// a response. Another entry's date may count from it (<see cref="PartialDate.After"/>), so when its date
/// changes, theirs are counted again (<see cref="RecountFrom"/>).
/// </summary>
public interface IDatedEntry
{
    Guid Id { get; }

    /// <summary>The date it is placed at in the case's story.</summary>
    PartialDate StoryDate { get; }

    /// <summary>Counts its relative date again from <paramref name="anchor"/>, the new date of the entry it counts from; no change when its date is not relative.</summary>
    void RecountFrom(PartialDate anchor);
}
