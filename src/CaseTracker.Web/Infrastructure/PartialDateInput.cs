using CaseTracker.Domain.Dates;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>Reads a typed date for a form field, or puts the reason it cannot be read next to the field.</summary>
public static class PartialDateInput
{
    public static PartialDate? Read(string? text, string field, ModelStateDictionary modelState, IStringLocalizer localizer, bool required = true)
    {
        if (!required && string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        modelState.AddModelError(field, Message(error, localizer));
        return null;
    }

    public static string Message(PartialDateError error, IStringLocalizer localizer) => error switch
    {
        PartialDateError.Empty => localizer["Enter a date."],
        PartialDateError.NoSuchDay => localizer["That day does not exist in that month."],
        PartialDateError.NoSuchMonth => localizer["There is no such month."],
        PartialDateError.YearOutOfRange => localizer["Write the year with four digits."],
        PartialDateError.EndBeforeStart => localizer["The end of the range is before its start."],
        _ => localizer["This date could not be read. Write it like 10 June 2019, June 2019, 2019, c. 2017, 2017-2018 or 29-30 May 2020."],
    };
}
