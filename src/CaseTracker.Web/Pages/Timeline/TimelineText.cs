using CaseTracker.Domain.Complaints;
using CaseTracker.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>The words for an entry, shared by the page and the exports so they never tell different stories.</summary>
public static class TimelineText
{
    public static string KindLabel(this IStringLocalizer localizer, TimelineKind kind) => kind switch
    {
        TimelineKind.Incident => localizer["Incident"],
        TimelineKind.Complaint => localizer["Complaint"],
        TimelineKind.Response => localizer["Response"],
        _ => localizer["No reply"],
    };

    /// <summary>The line under the title: what the entry means in the chronology.</summary>
    public static string Detail(this IStringLocalizer localizer, TimelineEntry entry)
    {
        var institution = entry.Institutions.FirstOrDefault() ?? "";
        return entry.Kind switch
        {
            TimelineKind.Complaint => entry.State?.Status switch
            {
                ComplaintStatus.AwaitingReply => localizer["To {0}; reply due {1}", institution, localizer.Show(entry.State.DueOn)],
                ComplaintStatus.Overdue => localizer["To {0}; no reply for {1} days (due {2})", institution, entry.State.DaysOfSilence!, localizer.Show(entry.State.DueOn)],
                ComplaintStatus.Answered => localizer["To {0}; answered: {1}", institution, entry.Outcome ?? ""],
                _ => localizer["To {0}; closed", institution],
            },
            TimelineKind.Response => entry.DaysAfterFiling is { } days
                ? localizer["From {0}, answering \"{1}\" after {2} days", institution, entry.ComplaintTitle ?? "", days]
                : localizer["From {0}, answering \"{1}\"", institution, entry.ComplaintTitle ?? ""],
            TimelineKind.Silence => localizer["{0} has not replied to \"{1}\": no reply for {2} days so far", institution, entry.ComplaintTitle ?? "", entry.State?.DaysOfSilence ?? 0],
            _ => string.Join(" · ", entry.People.Concat(entry.Institutions).Append(entry.Place ?? "").Where(s => s.Length > 0)),
        };
    }
}
