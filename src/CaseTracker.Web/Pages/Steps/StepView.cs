using System.Data.Common;
using System.Text.Json.Serialization;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Timeline;

namespace CaseTracker.Web.Pages.Steps;

/// <summary>
/// The one read shape of a proceeding's step (STYLE 15), read with its proceeding
/// (<see cref="Proceedings.ProceedingView"/>) by the case page, the timeline, the case JSON and the API.
/// </summary>
public sealed record StepView(
    Guid Id,
    Guid ProceedingId,
    PartialDate Date,
    [property: JsonIgnore] Guid KindId,
    string KindCode,
    int? Times,
    Guid? CourtId,
    string? Instance,
    string? Outcome,
    string? Summary,
    bool Archived)
{
    /// <summary>The SELECT for steps (alias s) with their proceeding (alias p); the caller adds WHERE.</summary>
    internal static readonly string Sql = $$"""
        select s.id, s.proceeding_id, {{PartialDateSql.Columns("s.date")}}, s.kind_id, t.code as kind_code, s.times, s.court_id,
               s.instance, s.outcome, s.summary, s.archived_at is not null as archived
        from proceeding_steps s
        join proceedings p on p.id = s.proceeding_id
        join vocabulary_terms t on t.id = s.kind_id
        """;

    /// <summary>What happened, in the reader's language.</summary>
    public string Kind { get; init; } = "";

    /// <summary>The court's name, when one is named.</summary>
    public string? Court { get; init; }

    /// <summary>What the case page and the timeline line show after the kind: each fact's label (a resource key) and value.</summary>
    [JsonIgnore]
    public IEnumerable<(string Label, string Value)> Facts
    {
        get
        {
            if (Times is { } times)
            {
                yield return ("Times", times.ToString(System.Globalization.CultureInfo.CurrentCulture));
            }

            foreach (var (label, value) in new[] { ("Court", Court), ("Instance", Instance), ("Outcome", Outcome), ("Summary", Summary) })
            {
                if (!string.IsNullOrEmpty(value))
                {
                    yield return (label, value);
                }
            }
        }
    }

    /// <summary>How the timeline reads a case's steps: their entries are written with their proceeding's.</summary>
    internal static TimelineSource<StepView> Timeline { get; } = new()
    {
        Statement = $"{Sql} where p.case_id = @case and (@archived or (p.archived_at is null and s.archived_at is null))",
        InstitutionsSql = "select s.court_id from proceeding_steps s join proceedings p on p.id = s.proceeding_id where p.case_id = @case and s.court_id is not null",
        Read = Read,
        Entries = (_, _) => [],
    };

    internal static StepView Read(DbDataReader reader) => new(
        reader.Id("id"),
        reader.Id("proceeding_id"),
        reader.Date("date"),
        reader.Id("kind_id"),
        reader.Text("kind_code"),
        reader.OptionalNumber("times"),
        reader.OptionalId("court_id"),
        reader.OptionalText("instance"),
        reader.OptionalText("outcome"),
        reader.OptionalText("summary"),
        reader.Flag("archived"));
}
