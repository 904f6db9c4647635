using CaseTracker.Domain.Common;
using CaseTracker.Domain.Dates;

namespace CaseTracker.Domain.Complaints;

/// <summary>
/// What an institution did about a complaint, with its own date and outcome. Several can follow one
/// complaint (forwarded, then rejected, then an appeal upheld). A forwarding to the very body complained
/// about is marked, because it is the pattern reports need to show.
/// </summary>
public class InstitutionalResponse : ArchivableEntity, IDatedEntry
{
    private readonly List<ResponseSourceLink> _sources = [];

    private InstitutionalResponse() => Date = null!;

    internal InstitutionalResponse(Guid complaintId, PartialDate date, Guid outcomeId, string? summary)
    {
        ComplaintId = complaintId;
        Date = date;
        Describe(date, outcomeId, summary, null);
    }

    public Guid ComplaintId { get; private set; }

    public PartialDate Date { get; private set; }

    public Guid OutcomeId { get; private set; }

    public string? Summary { get; private set; }

    public string? ReferenceNumber { get; private set; }

    /// <summary>
    /// The institution that gave this response when it is not the one the complaint was sent to (the
    /// complaint was forwarded and that body answered); null when the addressee answered.
    /// </summary>
    public Guid? FromInstitutionId { get; private set; }

    public Guid? ForwardedToInstitutionId { get; private set; }

    public bool ForwardedToBodyComplainedAbout { get; private set; }

    public IReadOnlyList<ResponseSourceLink> Sources => _sources;

    public void Describe(PartialDate date, Guid outcomeId, string? summary, string? referenceNumber)
    {
        Date = date ?? throw new DomainException("Enter the date of the response.", nameof(Date));
        OutcomeId = outcomeId;
        Summary = Text.Optional(summary, TextLimits.LongText, nameof(Summary));
        ReferenceNumber = Text.Optional(referenceNumber, TextLimits.Name, nameof(ReferenceNumber));
    }

    public PartialDate StoryDate => Date;

    public void RecountFrom(PartialDate anchor) => Date = Date.RecountFrom(anchor);

    /// <summary>Says which institution answered: another than <paramref name="addresseeId"/>, or null (or the addressee itself) for the addressee.</summary>
    public void CameFrom(Guid? institutionId, Guid addresseeId) =>
        FromInstitutionId = institutionId == addresseeId ? null : institutionId;

    public void ForwardedTo(Guid? institutionId, bool toBodyComplainedAbout)
    {
        ForwardedToInstitutionId = institutionId;
        ForwardedToBodyComplainedAbout = toBodyComplainedAbout;
    }

    public void CiteSources(IEnumerable<Guid> sourceIds)
    {
        var ids = sourceIds.Distinct().ToList();
        _sources.RemoveAll(s => !ids.Contains(s.SourceId));
        _sources.AddRange(ids.Where(id => _sources.All(s => s.SourceId != id)).Select(id => new ResponseSourceLink(Id, id)));
    }
}

public record ResponseSourceLink(Guid ResponseId, Guid SourceId);
