using System.ComponentModel.DataAnnotations;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Account;

/// <summary>
/// The user's own personal access tokens for the read-only JSON API: create one (its secret is shown on
/// the answer to that request and never again, like recovery codes), see when each was used, revoke.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public class TokensModel(CaseTrackerDbContext db, AccessTokens tokens, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? NewSecret { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<PersonalAccessToken> Tokens { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!AccessTokens.LifetimeChoices.Contains(Input.Days))
        {
            ModelState.AddModelError("Input.Days", localizer["Choose how long the token works."]);
        }

        if (ModelState.IsValid)
        {
            NewSecret = await tokens.CreateAsync(User.UserId(), Input.Name, Input.Days, cancellationToken);
            Input = new InputModel();
            ModelState.Clear();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await tokens.RevokeAsync(User.UserId(), id, cancellationToken))
        {
            return NotFound();
        }

        StatusMessage = localizer["Token revoked. Programs using it are refused from now on."];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        var userId = User.UserId();
        Tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Give the token a name, such as the program that will use it.")]
        [StringLength(PersonalAccessToken.NameLength, ErrorMessage = "This can have at most 100 characters.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [Display(Name = "Works for")]
        public int Days { get; set; } = 90;
    }
}
