using CaseTracker.Domain.Common;
using CaseTracker.Domain.Dates;

namespace CaseTracker.Domain.Proceedings;

/// <summary>
/// One dated step of a proceeding: opened, suspended, closed, reopened, sent to court, a hearing, a ruling
/// (which court, at which instance, with what outcome), an appeal. A step may stand for a repeated event
/// the source only summarises ("closed and reopened several times between 2011 and 2016"): its kind, a
/// range for its date, and how many times, when the source says.
/// </summary>
public class ProceedingStep : ArchivableEntity, IDatedEntry
{
    private ProceedingStep() => Date = null!;

    public ProceedingStep(Guid proceedingId, Guid kindId, PartialDate date)
    {
        ProceedingId = proceedingId;
        Date = date;
        Describe(kindId, date, null, null, null, null, null);
    }

    public Guid ProceedingId { get; private set; }

    /// <summary>A term of <see cref="Vocabularies.Vocabulary.ProceedingStepKind"/>.</summary>
    public Guid KindId { get; private set; }

    public PartialDate Date { get; private set; }

    /// <summary>How many times, for a step that stands for a repeated event; null when it happened once or the source gives no number.</summary>
    public int? Times { get; private set; }

    /// <summary>For a ruling or a hearing: the court, when it is not the body conducting the proceeding.</summary>
    public Guid? CourtId { get; private set; }

    /// <summary>"first instance", "appeal", "cassation", "Supreme Court".</summary>
    public string? Instance { get; private set; }

    /// <summary>What was decided: "acquitted", "two officers sentenced to 3 years", "case returned for investigation".</summary>
    public string? Outcome { get; private set; }

    public string? Summary { get; private set; }

    public PartialDate StoryDate => Date;

    public void Describe(Guid kindId, PartialDate date, int? times, Guid? courtId, string? instance, string? outcome, string? summary)
    {
        KindId = kindId == Guid.Empty ? throw new DomainException("Choose what happened.", nameof(KindId)) : kindId;
        Date = date ?? throw new DomainException("Enter a date.", nameof(Date));
        Times = times is null or (>= 1 and <= 10_000) ? times : throw new DomainException("Give how many times as a number from 1 to 10000, or leave it empty.", nameof(Times));
        CourtId = courtId;
        Instance = Text.Optional(instance, TextLimits.Name, nameof(Instance));
        Outcome = Text.Optional(outcome, TextLimits.ShortText, nameof(Outcome));
        Summary = Text.Optional(summary, TextLimits.LongText, nameof(Summary));
    }

    public void RecountFrom(PartialDate anchor) => Date = Date.RecountFrom(anchor);
}
