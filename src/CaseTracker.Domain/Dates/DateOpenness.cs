namespace CaseTracker.Domain.Dates;

/// <summary>
/// Whether a date has an open end, and how the source put it. The bounds say the days; this keeps the
/// words: "since 14 March 2021" (it began then and goes on), "after 2012" (some time after), "until May
/// 2019" (it lasted to then), "before 9 October 2021" (some day before), "by 2016" (on or before).
/// </summary>
public enum DateOpenness
{
    Closed = 0,
    Since,
    After,
    Until,
    Before,
    By,
}
