using CaseTracker.Domain.Dates;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Reads a typed date for a form field, or puts the reason it cannot be read next to the field, saying
/// what to write instead. A date that begins after today is refused; so is an open end ("since 2020",
/// "after 2012") where the record needs a last possible day (a complaint's filing, a response). A date
/// counted from another entry ("a week later") needs that entry: <c>after</c>, its id and date.
/// </summary>
public sealed class PartialDateInput(TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public PartialDate? Read(string? text, string field, ModelStateDictionary modelState, bool required = true, bool openEndAllowed = true, (Guid Id, PartialDate Date)? after = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (!required && string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!TryRead(text, out var date, out var error, openEndAllowed, after))
        {
            modelState.AddModelError(field, Message(error));
            return null;
        }

        return date;
    }

    /// <summary>
    /// The entry a form's date counts from or comes after (<paramref name="chosen"/>), when one is chosen:
    /// it must be an entry of the case other than the record itself, else the reason goes next to the picker.
    /// </summary>
    public (Guid Id, PartialDate Date)? Entry(Guid? chosen, Pages.Shared.CaseFormOptions options, Guid? self, string field, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(modelState);
        if (chosen is null)
        {
            return null;
        }

        if (options.Entry(chosen, self) is { } entry)
        {
            return (entry.Id, entry.Date);
        }

        modelState.AddModelError(field, localizer["Choose another entry of this case, or none."]);
        return null;
    }

    /// <summary>What the live preview and the forms both use: the date, or why not.</summary>
    public bool TryRead(string? text, out PartialDate? date, out PartialDateError error, bool openEndAllowed = true, (Guid Id, PartialDate Date)? after = null)
    {
        if (!PartialDate.TryParse(text, clock.Today(), after?.Id, after?.Date, out date, out error))
        {
            return false;
        }

        if (!openEndAllowed && date!.OpenEnd)
        {
            date = null;
            error = PartialDateError.OpenEndNotAllowed;
            return false;
        }

        return true;
    }

    public string Message(PartialDateError error) => error switch
    {
        PartialDateError.Empty => localizer["Enter a date."],
        PartialDateError.NoSuchDay => localizer["That day does not exist in that month."],
        PartialDateError.NoSuchMonth => localizer["There is no such month."],
        PartialDateError.YearOutOfRange => localizer["Write the year with four digits."],
        PartialDateError.EndBeforeStart => localizer["The end of the range is before its start. Write the earlier date first, like 2015-2016."],
        PartialDateError.AfterToday => localizer["This date is after today. Check the year, or leave the field as the source gives it."],
        PartialDateError.TimeWithoutDay => localizer["A time of day needs one day, like the night of 12 March 2021."],
        PartialDateError.VerificationWord => localizer["Write only the date here; how sure the source is goes under Verification."],
        PartialDateError.NeedsYear => localizer["Add the year, like 13 March 2021."],
        PartialDateError.NeedsEntry => localizer["Choose below the entry this date counts from, or type the date in full."],
        PartialDateError.BeforeEntry => localizer["This date ends before the entry it comes after begins. Check the date, or choose another entry."],
        PartialDateError.OpenEndNotAllowed => localizer["This date needs a last possible day. Write a range like 2013-2015, or before 5 May 2021."],
        _ => localizer["This date could not be read. Write it like 10 June 2019, June 2019, c. 2017, 2016?, 2017-2018, early March 2021, since 14 March 2021 or before 9 October 2021."],
    };
}
