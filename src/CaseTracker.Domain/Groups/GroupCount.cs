using CaseTracker.Domain.Common;

namespace CaseTracker.Domain.Groups;

/// <summary>How sure a source is of a number: "12 cellmates", "at least 30", "about 150", "up to 40".</summary>
public enum CountQualifier
{
    Exactly,
    AtLeast,
    About,
    AtMost,
}

/// <summary>
/// A group a record concerns, as the sources count it ("at least 30 students", "about 150 killed"):
/// how many, how sure, who they are, and whether the record's named people are among them. The one
/// rule for how many people a record counts is <see cref="PeopleWith"/>; statistics repeat it in SQL
/// (GroupCountSql) and a test proves the two agree.
/// </summary>
public sealed class GroupCount
{
    public const int Largest = 10_000_000;

    private GroupCount()
    {
    }

    public GroupCount(int count, CountQualifier qualifier, string who, bool includesNamed)
    {
        Count = count is >= 1 and <= Largest
            ? count
            : throw new DomainException("Give how many as a number from 1 to 10,000,000.", nameof(Count));
        Qualifier = qualifier;
        Who = Text.Required(who, TextLimits.Name, "Say who the group is: students, cellmates, detainees.", nameof(Who));
        IncludesNamed = includesNamed;
    }

    public int Count { get; private set; }

    public CountQualifier Qualifier { get; private set; }

    public string Who { get; private set; } = "";

    /// <summary>True when the record's named people are members of the group, so they are not counted twice.</summary>
    public bool IncludesNamed { get; private set; }

    /// <summary>The number is not exact ("at least", "about", "up to"): a sum that includes it says so.</summary>
    public bool IsEstimate => Qualifier != CountQualifier.Exactly;

    /// <summary>
    /// How many people a record with this group and <paramref name="named"/> named people counts: the
    /// group's number, or the named people when more of them are named, or both added when the named
    /// people are outside the group.
    /// </summary>
    public static int PeopleWith(GroupCount? group, int named) => group switch
    {
        null => named,
        { IncludesNamed: true } => Math.Max(group.Count, named),
        _ => group.Count + named,
    };

    /// <summary>The count in symbols any reader reads ("≥30 students", "~150 killed"), for lines and exports.</summary>
    public override string ToString() => $"{Symbol(Qualifier)}{Count} {Who}";

    /// <summary>How sure, as a symbol any reader reads: ≥ at least, ~ about, ≤ up to, nothing when exact.</summary>
    public static string Symbol(CountQualifier qualifier) => qualifier switch
    {
        CountQualifier.AtLeast => "≥",
        CountQualifier.About => "~",
        CountQualifier.AtMost => "≤",
        _ => "",
    };
}
