namespace CaseTracker.Domain.Dates;

/// <summary>How exactly a date is known. Ordered from exact to vague; the order is used for sorting.</summary>
public enum DatePrecision
{
    Day = 0,
    Month = 1,
    Year = 2,
}
