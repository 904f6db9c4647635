using System.Globalization;
using CaseTracker.Web.Infrastructure;

namespace CaseTracker.Web.Tests.Infrastructure;

/// <summary>The number writers the timeline's list and overview use instead of strings: they must write what the format strings did.</summary>
public class InvariantWritingTests
{
    [Theory]
    [InlineData(7.0, "7")]
    [InlineData(7.25, "7.3")]
    [InlineData(7.24, "7.2")]
    [InlineData(-3.5, "-3.5")]
    [InlineData(0.04, "0")]
    [InlineData(999.96, "1000")]
    public void Tenths_are_written_as_the_format_0_hash_writes_them(double value, string expected)
    {
        var writer = new StringWriter(CultureInfo.GetCultureInfo("ru-RU"));

        writer.WriteTenths(value);

        writer.ToString().ShouldBe(expected);
        expected.ShouldBe(value.ToString("0.#", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Numbers_and_ids_are_written_invariantly_whatever_the_culture()
    {
        var id = Guid.CreateVersion7();
        var writer = new StringWriter(CultureInfo.GetCultureInfo("ar-SA"));

        writer.WriteInvariant(long.MinValue);
        writer.Write(' ');
        writer.WriteInvariant(1234567);
        writer.Write(' ');
        writer.WriteId(id);

        writer.ToString().ShouldBe($"-9223372036854775808 1234567 {id}");
    }
}
