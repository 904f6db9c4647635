using System.Globalization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Numbers and ids written straight into a <see cref="TextWriter"/> without a string for each value:
/// a large timeline writes tens of thousands of them, and each string would be garbage to collect.
/// </summary>
public static class InvariantWriting
{
    public static void WriteInvariant(this TextWriter writer, long value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        writer.Write(digits[..length]);
    }

    public static void WriteId(this TextWriter writer, Guid id)
    {
        Span<char> text = stackalloc char[36];
        id.TryFormat(text, out var length);
        writer.Write(text[..length]);
    }

    /// <summary>A coordinate with at most one decimal, as the format "0.#" writes it, without parsing a format string each time.</summary>
    public static void WriteTenths(this TextWriter writer, double value)
    {
        var tenths = (long)Math.Round(value * 10, MidpointRounding.AwayFromZero);
        if (tenths < 0)
        {
            writer.Write('-');
            tenths = -tenths;
        }

        writer.WriteInvariant(tenths / 10);
        if (tenths % 10 != 0)
        {
            writer.Write('.');
            writer.WriteInvariant(tenths % 10);
        }
    }
}
