using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Groups;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.People;
using CaseTracker.Web.Pages.Shared;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Complaints;

public sealed class ComplaintInput
{
    [Required(ErrorMessage = "Choose what kind of request it is.")]
    [Display(Name = "Kind")]
    public Guid? KindId { get; set; }

    [Required(ErrorMessage = "Choose the institution it was sent to.")]
    [Display(Name = "Sent to")]
    public Guid? InstitutionId { get; set; }

    /// <summary>An institution to add when the addressee is not listed (<see cref="Proposals"/>).</summary>
    public NewInstitutionInput NewInstitution { get; set; } = new();

    /// <summary>A kind of request to add when none listed fits.</summary>
    [Display(Name = "Or a kind not listed")]
    public string? NewKind { get; set; }

    [StringLength(TextLimits.TypedDate, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Filed on")]
    public string? FiledOn { get; set; }

    /// <summary>The entry of the case this date counts from ("a week later") or comes after; none by default.</summary>
    [Display(Name = "Counted from, or comes after")]
    public Guid? DateAfterId { get; set; }

    [Required(ErrorMessage = "Say what the complaint asks for.")]
    [StringLength(TextLimits.Title, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Subject")]
    public string Subject { get; set; } = "";

    [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Reference number")]
    public string? ReferenceNumber { get; set; }

    [Display(Name = "Filed by")]
    public Guid? FiledByPersonId { get; set; }

    [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Filed by (someone not in the case)")]
    public string? FiledByName { get; set; }

    [Display(Name = "Filed by an organisation")]
    public Guid? FiledByOrganisationId { get; set; }

    /// <summary>How many complaints this record stands for, as typed ("64"); empty for one.</summary>
    [StringLength(20, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Complaints this record stands for")]
    public string? Filings { get; set; }

    [Display(Name = "How sure the source is")]
    public CountQualifier FilingsQualifier { get; set; } = CountQualifier.Exactly;

    /// <summary>The references of the other cases the complaint concerns, as typed ("KG-2021-003, KG-2021-004").</summary>
    [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Also concerns these cases")]
    public string? OtherCases { get; set; }

    /// <summary>A group the complaint concerns or was filed for, as the source counts it.</summary>
    [Display(Name = "Group it concerns")]
    public GroupInput Group { get; set; } = new();

    [DataType(DataType.Date)]
    [Display(Name = "Reply due (leave empty to use the institution's reply window)")]
    public DateOnly? ReplyDueOverride { get; set; }

    [StringLength(TextLimits.LongText, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Internal notes")]
    public string? Notes { get; set; }

    public List<Guid> IncidentIds { get; set; } = [];

    [Display(Name = "About this proceeding")]
    public Guid? ProceedingId { get; set; }

    public List<Guid> SourceIds { get; set; } = [];

    [DataType(DataType.Date)]
    [Display(Name = "Closed on (leave empty while it is open)")]
    public DateOnly? ClosedOn { get; set; }

    [StringLength(TextLimits.Reason, ErrorMessage = "This can have at most {1} characters.")]
    [Display(Name = "Why it is closed")]
    public string? ClosedReason { get; set; }

    /// <summary>The row version the edit form was loaded with.</summary>
    public uint Version { get; set; }

    public static ComplaintInput From(Complaint complaint) => new()
    {
        KindId = complaint.KindId,
        InstitutionId = complaint.InstitutionId,
        FiledOn = complaint.FiledOn.AsTyped,
        DateAfterId = complaint.FiledOn.After,
        Subject = complaint.Subject,
        ReferenceNumber = complaint.ReferenceNumber,
        FiledByPersonId = complaint.FiledByPersonId,
        FiledByName = complaint.FiledByName,
        FiledByOrganisationId = complaint.FiledByOrganisationId,
        Filings = complaint.Filings?.ToString(CultureInfo.InvariantCulture),
        FilingsQualifier = complaint.FilingsQualifier,
        Group = GroupInput.From(complaint.Group),
        ReplyDueOverride = complaint.ReplyDueOverride,
        Notes = complaint.Notes,
        IncidentIds = complaint.Incidents.Select(i => i.IncidentId).ToList(),
        ProceedingId = complaint.ProceedingId,
        SourceIds = complaint.Sources.Select(s => s.SourceId).ToList(),
        ClosedOn = complaint.ClosedOn,
        ClosedReason = complaint.ClosedReason,
        Version = complaint.Version,
    };

    /// <summary>
    /// The counts typed: how many complaints (null for one) and the group; a number that cannot be read
    /// is refused next to its field. False when something was refused.
    /// </summary>
    public bool ReadCounts(ModelStateDictionary modelState, IStringLocalizer localizer, out int? filings, out GroupCount? group)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(localizer);
        filings = string.IsNullOrWhiteSpace(Filings) ? null : GroupInput.Number(Filings);
        if (!string.IsNullOrWhiteSpace(Filings) && filings is null or 1)
        {
            modelState.AddModelError("Input.Filings", localizer["Give how many complaints as a number from 2 to 10,000,000, or leave it empty for one."]);
        }

        group = Group.Read("Input.Group", modelState, localizer);
        return modelState.IsValid;
    }

    /// <summary>Applies everything but the kind, institution and dates, keeping only choices offered for this case and organisations the user may see.</summary>
    public void ApplyLinks(Complaint complaint, CaseFormOptions options, IReadOnlyList<Choice> organisations, int? filings, GroupCount? group)
    {
        complaint.FiledBy(CaseFormOptions.AllowedOne(FiledByPersonId, options.People), CaseFormOptions.AllowedOne(FiledByOrganisationId, organisations), FiledByName);
        complaint.StandsFor(filings, FilingsQualifier);
        complaint.ConcernsGroup(group);
        complaint.RelateIncidents(CaseFormOptions.Allowed(IncidentIds, options.Incidents));
        complaint.AsksAbout(CaseFormOptions.AllowedOne(ProceedingId, options.Proceedings));
        complaint.CiteSources(CaseFormOptions.Allowed(SourceIds, options.Sources));
    }

    /// <summary>The organisations a complaint can be filed by: those the user may see (PeopleQueries.VisibleOrganisations), by name.</summary>
    /// <summary>Adds the addressee or kind typed under the lists, if any, and chooses them (<see cref="Proposals"/>).</summary>
    public async Task<CaseFormOptions> ProposeAsync(Proposals proposals, CaseFormOptions options, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        options = await proposals.InstitutionAsync(NewInstitution, "Input.NewInstitution", "Input.InstitutionId", id => InstitutionId = id, options, modelState, cancellationToken);
        return await proposals.TermAsync(Domain.Vocabularies.Vocabulary.ComplaintKind, NewKind, "Input.NewKind", "Input.KindId", id => KindId = id, options, modelState, cancellationToken);
    }

    public static async Task<IReadOnlyList<Choice>> OrganisationChoicesAsync(CaseTrackerDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await db.VisibleOrganisations(user).OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => new Choice(o.Id, o.Name)).ToListAsync(cancellationToken);

    /// <summary>The references of the other cases <paramref name="complaint"/> concerns that the user may see, as the edit form shows them.</summary>
    public static async Task<string?> OtherCasesTypedAsync(CaseTrackerDbContext db, ClaimsPrincipal user, Complaint complaint, CancellationToken cancellationToken)
    {
        var ids = complaint.OtherCases.Select(c => c.CaseId).ToList();
        var references = await db.Cases.VisibleTo(user).Where(c => ids.Contains(c.Id)).OrderBy(c => c.Reference).Select(c => c.Reference).ToListAsync(cancellationToken);
        return references.Count == 0 ? null : string.Join(", ", references);
    }

    /// <summary>
    /// The other cases the complaint is to concern: the references typed, each one a case the user may
    /// see (a reference of a case they may not see is refused as unknown, so it tells them nothing),
    /// plus the cases <paramref name="existing"/> already concerns that the user may not see, which
    /// their edit cannot have removed. Null, with the reason next to the field, when one is unknown.
    /// </summary>
    public async Task<List<Guid>?> ReadOtherCasesAsync(CaseTrackerDbContext db, ClaimsPrincipal user, ModelStateDictionary modelState, IStringLocalizer localizer, Complaint? existing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(localizer);
        var typed = (OtherCases ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(r => r.ToUpperInvariant()).Distinct().ToList();
        var found = typed.Count == 0
            ? []
            : await db.Cases.VisibleTo(user).Where(c => typed.Contains(c.Reference.ToUpper())).Select(c => new { c.Id, c.Reference }).ToListAsync(cancellationToken);
        var unknown = typed.Where(r => found.All(c => !string.Equals(c.Reference, r, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            modelState.AddModelError("Input.OtherCases", localizer["No case you may see has the reference {0}. Check it, or leave it out.", string.Join(", ", unknown)]);
            return null;
        }

        var linked = existing?.OtherCases.Select(c => c.CaseId).ToList() ?? [];
        var visibleLinked = linked.Count == 0 ? [] : await db.Cases.VisibleTo(user).Where(c => linked.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        return found.Select(c => c.Id).Concat(linked.Except(visibleLinked)).ToList();
    }
}
