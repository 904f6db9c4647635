using System.Globalization;
using CaseTracker.Web.Infrastructure;

namespace CaseTracker.Web.Tests.Localization;

public class PluralsTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(21, 0)]
    [InlineData(101, 0)]
    [InlineData(2, 1)]
    [InlineData(4, 1)]
    [InlineData(23, 1)]
    [InlineData(0, 2)]
    [InlineData(5, 2)]
    [InlineData(11, 2)]
    [InlineData(12, 2)]
    [InlineData(14, 2)]
    [InlineData(111, 2)]
    [InlineData(1000, 2)]
    public void Russian_numbers_take_one_few_or_many(long count, int form) =>
        Plurals.FormIndex(CultureInfo.GetCultureInfo("ru"), count).ShouldBe(form);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(0, 1)]
    [InlineData(2, 1)]
    [InlineData(21, 1)]
    public void English_numbers_take_one_or_other(long count, int form) =>
        Plurals.FormIndex(CultureInfo.GetCultureInfo("en"), count).ShouldBe(form);
}
