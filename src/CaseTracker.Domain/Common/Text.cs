namespace CaseTracker.Domain.Common;

/// <summary>Guards for text fields: trimmed, within limits, required where the rule says so.</summary>
public static class Text
{
    public static string Required(string? value, int maxLength, string messageWhenMissing, string field)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException(messageWhenMissing, field);
        }

        return WithinLimit(trimmed, maxLength, field);
    }

    public static string? Optional(string? value, int maxLength, string field)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : WithinLimit(trimmed, maxLength, field);
    }

    private static string WithinLimit(string value, int maxLength, string field) =>
        value.Length <= maxLength
            ? value
            : throw DomainException.Formatted("This can have at most {0} characters.", field, maxLength);
}
