using System.Globalization;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>
/// The words for an entry, shared by the page and the exports so they never tell different stories.
/// Made once per request: the translated templates are looked up here once, not once for each of the
/// thousands of entries a large case has.
/// </summary>
public sealed class TimelineText
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private readonly string _approximate;
    private readonly Dictionary<TimelineKind, string> _kinds;
    private readonly string _awaiting;
    private readonly string _overdue;
    private readonly string _answered;
    private readonly string _closed;
    private readonly string _responseAfter;
    private readonly string _response;
    private readonly string _silence;

    public TimelineText(IStringLocalizer localizer)
    {
        _approximate = localizer["c."] + " ";
        _kinds = new()
        {
            [TimelineKind.Incident] = localizer["Incident"],
            [TimelineKind.Complaint] = localizer["Complaint"],
            [TimelineKind.Response] = localizer["Response"],
            [TimelineKind.Silence] = localizer["No reply"],
        };
        _awaiting = localizer["To {0}; reply due {1}"];
        _overdue = localizer["To {0}; no reply for {1} days (due {2})"];
        _answered = localizer["To {0}; answered: {1}"];
        _closed = localizer["To {0}; closed"];
        _responseAfter = localizer["From {0}, answering \"{1}\" after {2} days"];
        _response = localizer["From {0}, answering \"{1}\""];
        _silence = localizer["{0} has not replied to \"{1}\": no reply for {2} days so far"];
        ConfidentialSource = localizer["Confidential source"];
    }

    public string ConfidentialSource { get; }

    public string KindLabel(TimelineKind kind) => _kinds[kind];

    /// <summary>A date as the reader's language writes it ("10 June 2019", "c. 2017").</summary>
    public string Date(PartialDate date) => date.ToString(_uiCulture, _approximate);

    /// <summary>The line under the title: what the entry means in the chronology.</summary>
    public string Detail(TimelineEntry entry)
    {
        var institution = entry.Institutions.Count > 0 ? entry.Institutions[0] : "";
        return entry.Kind switch
        {
            TimelineKind.Complaint => entry.State?.Status switch
            {
                ComplaintStatus.AwaitingReply => Format(_awaiting, institution, Day(entry.State.DueOn)),
                ComplaintStatus.Overdue => Format(_overdue, institution, entry.State.DaysOfSilence, Day(entry.State.DueOn)),
                ComplaintStatus.Answered => Format(_answered, institution, entry.Outcome ?? ""),
                _ => Format(_closed, institution),
            },
            TimelineKind.Response => entry.DaysAfterFiling is { } days
                ? Format(_responseAfter, institution, entry.ComplaintTitle ?? "", days)
                : Format(_response, institution, entry.ComplaintTitle ?? ""),
            TimelineKind.Silence => Format(_silence, institution, entry.ComplaintTitle ?? "", entry.State?.DaysOfSilence ?? 0),
            _ => string.Join(" · ", entry.People.Concat(entry.Institutions).Append(entry.Place ?? "").Where(s => s.Length > 0)),
        };
    }

    private string Day(DateOnly day) => Date(PartialDate.Day(day.Year, day.Month, day.Day));

    private string Format(string template, params object?[] values) => string.Format(_culture, template, values);
}
