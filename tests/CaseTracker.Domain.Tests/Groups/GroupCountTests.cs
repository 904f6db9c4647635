using CaseTracker.Domain.Groups;

namespace CaseTracker.Domain.Tests.Groups;

public class GroupCountTests
{
    [Theory]
    [InlineData(30, true, 1, 30)]    // at least 30 students, one of them named
    [InlineData(12, false, 2, 14)]   // 12 cellmates besides the two named
    [InlineData(2, true, 3, 3)]      // more named than the source counted
    public void People_are_the_group_and_the_named_without_counting_anyone_twice(int count, bool includesNamed, int named, int people) =>
        GroupCount.PeopleWith(new GroupCount(count, CountQualifier.AtLeast, "students", includesNamed), named).ShouldBe(people);

    [Fact]
    public void Without_a_group_the_named_are_the_people() => GroupCount.PeopleWith(null, 4).ShouldBe(4);

    [Theory]
    [InlineData(0, "students", "Count")]
    [InlineData(10_000_001, "students", "Count")]
    [InlineData(5, " ", "Who")]
    public void A_group_without_a_number_or_without_who_it_is_is_refused(int count, string who, string field) =>
        Should.Throw<DomainException>(() => new GroupCount(count, CountQualifier.Exactly, who, true)).Field.ShouldBe(field);

    [Fact]
    public void A_group_reads_in_symbols_any_reader_reads()
    {
        new GroupCount(30, CountQualifier.AtLeast, "students", true).ToString().ShouldBe("≥30 students");
        new GroupCount(150, CountQualifier.About, "killed", true).ToString().ShouldBe("~150 killed");
        new GroupCount(150, CountQualifier.About, "killed", true).IsEstimate.ShouldBeTrue();
        new GroupCount(12, CountQualifier.Exactly, "cellmates", false).IsEstimate.ShouldBeFalse();
    }
}
