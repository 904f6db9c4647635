using System.ComponentModel.DataAnnotations;
using CaseTracker.Domain;
using CaseTracker.Domain.Common;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using CaseTracker.Web.Pages.Shared;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.People;

/// <summary>Edits a person's names, details and confidential notes; their roles belong to each case.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute]
public class EditModel(CaseTrackerDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, PartialDateInput dates) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public MembershipChanges Memberships { get; set; } = new();

    public IReadOnlyList<Choice> OrganisationChoices { get; private set; } = [];

    public IReadOnlyList<(Guid OrganisationId, string Name, string? Role)> CurrentMemberships { get; private set; } = [];

    public Guid PersonId { get; private set; }

    /// <summary>The incidents of the person's cases that the reader may see: what a death may have resulted from.</summary>
    public IReadOnlyList<Choice> IncidentChoices { get; private set; } = [];

    public IReadOnlyList<SavedField> SavedByOthers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await db.VisiblePeople(User).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        PersonId = id;
        Version = person.Version;
        Input = PersonInput.From(person);
        await LoadOrganisationsAsync(person, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await db.VisiblePeople(User).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        PersonId = id;
        await LoadOrganisationsAsync(person, cancellationToken);
        if (string.IsNullOrWhiteSpace(Input.Name))
        {
            ModelState.AddModelError("Input.Name", localizer["Enter a name."]);
        }

        var citizenships = Input.CitizenshipCodes(ModelState, localizer);
        var diedOn = dates.Read(Input.DiedOn, "Input.DiedOn", ModelState, required: false);
        var deathIncident = CaseFormOptions.AllowedOne(Input.DeathIncidentId, IncidentChoices);
        if (!ModelState.IsValid || citizenships is null)
        {
            return Page();
        }

        try
        {
            db.Entry(person).Property(p => p.Version).OriginalValue = Version;
            person.HoldsCitizenship(citizenships);
            person.Died(diedOn, Input.DeathPlace, Input.DeathCircumstances, deathIncident);
            person.Rename(Input.Name!, Input.OtherNameList());
            person.Describe(Input.Sex, Input.BirthYear, Input.BirthYearApproximate, Input.Occupation, clock.GetUtcNow().Year);
            person.SetConfidential(Input.ContactDetails, Input.SecurityNotes);
            foreach (var organisationId in Memberships.Leave)
            {
                person.LeaveOrganisation(organisationId);
            }

            if (CaseFormOptions.AllowedOne(Memberships.JoinOrganisationId, OrganisationChoices) is { } join)
            {
                person.JoinOrganisation(join, Memberships.JoinRole);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            var saved = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
            SavedByOthers = StaleSave.Refuse(ModelState, nameof(Version), Input, PersonInput.From(saved), localizer);
            Version = saved.Version;
            return Page();
        }

        return RedirectToPage("/People/Details", new { id });
    }

    private async Task LoadOrganisationsAsync(CaseTracker.Domain.People.Person person, CancellationToken cancellationToken)
    {
        var visibleCases = db.Cases.VisibleTo(User).Where(c => c.Participants.Any(p => p.PersonId == person.Id)).Select(c => c.Id);
        IncidentChoices = (await db.Incidents.AsNoTracking().Where(i => i.ArchivedAt == null && visibleCases.Contains(i.CaseId))
                .Select(i => new { i.Id, i.Title, i.Date }).ToListAsync(cancellationToken))
            .OrderBy(i => i.Date).ThenBy(i => i.Id).Select(i => new Choice(i.Id, $"{i.Date.ToString(System.Globalization.CultureInfo.CurrentUICulture)} · {i.Title}")).ToList();
        OrganisationChoices = await db.VisibleOrganisations(User).AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(cancellationToken);
        CurrentMemberships = person.Memberships
            .Select(m => (m.OrganisationId, OrganisationChoices.FirstOrDefault(c => c.Id == m.OrganisationId)?.Label ?? "?", m.Role))
            .ToList();
    }

    public sealed class MembershipChanges
    {
        public List<Guid> Leave { get; set; } = [];

        public Guid? JoinOrganisationId { get; set; }

        [StringLength(TextLimits.Name, ErrorMessage = "This can have at most {1} characters.")]
        public string? JoinRole { get; set; }
    }
}
