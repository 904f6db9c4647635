using CaseTracker.Domain;
using CaseTracker.Domain.People;
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

/// <summary>Adds a person to a case in a role: someone new, or someone already on file in another visible case.</summary>
[Authorize(Policy = Policies.EditCases)]
[CaseRecordRoute("caseId")]
public class CreateModel(CaseTrackerDbContext db, OneTimeSubmissions submissions, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The form's one-time key (<see cref="OneTimeSubmissions"/>): a form sent twice creates one record.</summary>
    [BindProperty]
    public Guid SubmissionKey { get; set; } = Guid.NewGuid();

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public CaseFormOptions Options { get; private set; } = null!;

    public IReadOnlyList<Choice> KnownPeople { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken) =>
        await LoadAsync(caseId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(caseId, cancellationToken))
        {
            return NotFound();
        }

        if (await submissions.ReplayAsync(this, SubmissionKey, cancellationToken) is { } saved)
        {
            return saved;
        }

        var existing = CaseFormOptions.AllowedOne(Input.ExistingPersonId, KnownPeople);
        if (existing is null && string.IsNullOrWhiteSpace(Input.Name))
        {
            ModelState.AddModelError("Input.Name", localizer["Enter a name, or choose someone already on file."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var caseFile = await db.Cases.SingleAsync(c => c.Id == caseId, cancellationToken);
            Person? person = null;
            if (existing is null)
            {
                person = new Person(Input.Name!);
                person.Rename(Input.Name!, Input.OtherNameList());
                person.Describe(Input.Sex, Input.BirthYear, Input.BirthYearApproximate, Input.Occupation, clock.GetUtcNow().Year);
                person.SetConfidential(Input.ContactDetails, Input.SecurityNotes);
                db.Persons.Add(person);
            }

            caseFile.AddParticipant(existing ?? person!.Id, Input.Role);
            TempData[nameof(Cases.DetailsModel.StatusMessage)] = localizer["Person added to the case."].Value;
            return await submissions.SaveAsync(this, SubmissionKey, Url.Page("/Cases/Details", new { id = caseId })!, cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, nameof(Input), localizer);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var options = await CaseFormOptions.LoadAsync(db, caseId, User, cancellationToken);
        if (options is null)
        {
            return false;
        }

        Options = options;
        KnownPeople = await db.VisiblePeople(User).AsNoTracking().OrderBy(p => p.Name).Take(1000)
            .Select(p => new Choice(p.Id, p.Name)).ToListAsync(cancellationToken);
        return true;
    }
}
