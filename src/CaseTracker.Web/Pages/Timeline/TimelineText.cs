using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Timeline;

/// <summary>
/// The words for an entry, shared by the page and the exports so they never tell different stories.
/// Made once per request: the translated templates are looked up here once, not once for each of the
/// thousands of entries a large case has.
/// </summary>
public sealed partial class TimelineText
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private readonly Dictionary<TimelineKind, string> _kinds;
    private readonly Dictionary<ComplaintStatus, string> _statuses;
    private readonly string _awaiting;
    private readonly string _overdue;
    private readonly string _answered;
    private readonly string _closed;
    private readonly string _responseAfter;
    private readonly string _response;
    private readonly string _silence;
    private readonly string _knownAsOf;
    private readonly string _silenceKnownAsOf;
    private readonly string _alsoGiven;
    private readonly Dictionary<string, Segment[]> _segments = new(StringComparer.Ordinal);
    private static readonly string?[] JoinedTemplates = new string?[16];

    public TimelineText(IStringLocalizer localizer)
    {
        _kinds = TimelineKinds.All.ToDictionary(k => k.Kind, k => localizer[k.Label].Value);
        _statuses = Enum.GetValues<ComplaintStatus>().ToDictionary(s => s, localizer.Label);
        _awaiting = localizer["To {0}; reply due {1}"];
        _overdue = localizer["To {0}; no reply for {1} days (due {2})"];
        _answered = localizer["To {0}; answered: {1}"];
        _closed = localizer["To {0}; closed"];
        _responseAfter = localizer["From {0}, answering \"{1}\" after {2} days"];
        _response = localizer["From {0}, answering \"{1}\""];
        _silence = localizer["{0} has not replied to \"{1}\": no reply for {2} days so far"];
        _knownAsOf = localizer["To {0}; no reply known as of {1} ({2} days after filing; due {3})"];
        _silenceKnownAsOf = localizer["{0}: no reply to \"{1}\" known as of {2} ({3} days after filing)"];
        _alsoGiven = localizer["Sources disagree on the date: also given as {0}."];
        ConfidentialSource = localizer["Confidential source"];
    }

    public string ConfidentialSource { get; }

    public string KindLabel(TimelineKind kind) => _kinds[kind];

    /// <summary>A complaint's state in the reader's language, beside its code in exports.</summary>
    public string StatusLabel(ComplaintStatus? status) => status is { } known ? _statuses[known] : "";

    /// <summary>A date as the reader's language writes it ("10 June 2019", "c. 2017").</summary>
    public string Date(PartialDate date) => date.ToString(_uiCulture);

    /// <summary>The line under the title: what the entry means in the chronology.</summary>
    public string Detail(TimelineEntry entry)
    {
        var (template, values) = DetailParts(entry);
        return Format(template, values);
    }

    /// <summary>The same detail as markup, each value (names, institutions, places, titles) isolated in its own &lt;bdi&gt;.</summary>
    public void WriteDetail(TextWriter writer, HtmlEncoder encoder, TimelineEntry entry)
    {
        var (template, values) = DetailParts(entry);
        foreach (var segment in SegmentsOf(template))
        {
            encoder.Encode(writer, segment.Literal);
            if (segment.Value >= 0)
            {
                var value = values[segment.Value];
                UserText.Write(writer, encoder, segment.Format is null ? Convert.ToString(value, _culture) ?? "" : string.Format(_culture, segment.Format, value));
            }
        }
    }

    /// <summary>For an incident whose sources give two dates: the other one and the note on who says what; otherwise null.</summary>
    public string? DateDisagreement(TimelineEntry entry) =>
        entry.Incident?.AlternativeDate is { } other ? Format(_alsoGiven, Date(other)) + (entry.Incident.DateNote is { } note ? " " + note : "") : null;

    /// <summary>The same as markup, the note isolated in its own &lt;bdi&gt;; nothing when the sources agree.</summary>
    public void WriteDateDisagreement(TextWriter writer, HtmlEncoder encoder, TimelineEntry entry)
    {
        if (entry.Incident?.AlternativeDate is not { } other)
        {
            return;
        }

        writer.Write("<br /><span class=\"date-disagreement\">");
        encoder.Encode(writer, Format(_alsoGiven, Date(other)));
        if (entry.Incident.DateNote is { } note)
        {
            writer.Write(' ');
            UserText.Write(writer, encoder, note);
        }

        writer.Write("</span>");
    }

    /// <summary>A template cut at its placeholders, once per template and request (a large timeline has thousands of entries).</summary>
    private Segment[] SegmentsOf(string template)
    {
        if (_segments.TryGetValue(template, out var cached))
        {
            return cached;
        }

        var segments = new List<Segment>();
        var at = 0;
        foreach (Match placeholder in Placeholder().Matches(template))
        {
            var format = placeholder.Groups[2].Success ? "{0" + placeholder.Groups[2].Value + "}" : null;
            segments.Add(new Segment(template[at..placeholder.Index], int.Parse(placeholder.Groups[1].ValueSpan, CultureInfo.InvariantCulture), format));
            at = placeholder.Index + placeholder.Length;
        }

        segments.Add(new Segment(template[at..], -1, null));
        return _segments[template] = [.. segments];
    }

    /// <summary>Literal text, then the value at <see cref="Value"/> (none when -1) written with <see cref="Format"/>.</summary>
    private readonly record struct Segment(string Literal, int Value, string? Format);

    private (string Template, object?[] Values) DetailParts(TimelineEntry entry)
    {
        var institution = entry.Institutions.Count > 0 ? entry.Institutions[0] : "";
        switch (entry.Kind)
        {
            case TimelineKind.Complaint:
                return entry.State?.Status switch
                {
                    ComplaintStatus.AwaitingReply => (_awaiting, [institution, Day(entry.State.DueOn)]),
                    ComplaintStatus.Overdue or ComplaintStatus.NoNewsSinceDue when entry.State.KnownAsOf is { } asOf =>
                        (_knownAsOf, [institution, Day(asOf), entry.State.DaysOfSilence, Day(entry.State.DueOn)]),
                    ComplaintStatus.Overdue => (_overdue, [institution, entry.State.DaysOfSilence, Day(entry.State.DueOn)]),
                    ComplaintStatus.Answered => (_answered, [institution, entry.Outcome ?? ""]),
                    _ => (_closed, [institution]),
                };
            case TimelineKind.Response:
                return entry.DaysAfterFiling is { } days
                    ? (_responseAfter, [institution, entry.ComplaintTitle ?? "", days])
                    : (_response, [institution, entry.ComplaintTitle ?? ""]);
            case TimelineKind.Silence:
                return entry.State?.KnownAsOf is { } known
                    ? (_silenceKnownAsOf, [institution, entry.ComplaintTitle ?? "", Day(known), entry.State.DaysOfSilence ?? 0])
                    : (_silence, [institution, entry.ComplaintTitle ?? "", entry.State?.DaysOfSilence ?? 0]);
            default:
                var facts = entry.Facts.Select(f => f.Value);
                var pieces = entry.People.Concat(entry.Institutions).Concat(facts).Where(s => s.Length > 0).ToArray<object?>();
                return (JoinedTemplate(pieces.Length), pieces);
        }
    }

    /// <summary>"{0} · {1} · …" for a number of pieces, made once per count.</summary>
    private static string JoinedTemplate(int count)
    {
        if (count < JoinedTemplates.Length && JoinedTemplates[count] is { } made)
        {
            return made;
        }

        var template = string.Join(" · ", Enumerable.Range(0, count).Select(i => "{" + i.ToString(CultureInfo.InvariantCulture) + "}"));
        if (count < JoinedTemplates.Length)
        {
            JoinedTemplates[count] = template;
        }

        return template;
    }

    [GeneratedRegex(@"\{(\d+)(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    private string Day(DateOnly day) => Date(PartialDate.Day(day.Year, day.Month, day.Day));

    private string Format(string template, params object?[] values) => string.Format(_culture, template, values);
}
