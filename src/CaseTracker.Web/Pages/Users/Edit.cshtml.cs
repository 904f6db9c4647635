using CaseTracker.Domain.Cases;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Users;

/// <summary>
/// One account: role, restricted cases assigned, disable or enable, require a new password, hand over a
/// new set-password link. Each action is its own small form. An admin cannot disable or demote themselves,
/// so the last way in is never closed by accident.
/// </summary>
[Authorize(Policy = Policies.ManageUsers)]
public class EditModel(CaseTrackerDbContext db, UserManager<ApplicationUser> users, UserAdministration administration, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const string LinkKey = "PasswordLink";

    public ApplicationUser Account { get; private set; } = null!;

    public string Role { get; private set; } = "";

    public IReadOnlyList<(Guid Id, string Reference, string Title, bool Assigned)> RestrictedCases { get; private set; } = [];

    public bool IsSelf => Account.Id == User.UserId();

    [TempData(Key = LinkKey)]
    public string? NewLink { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostRoleAsync(Guid id, string role, CancellationToken cancellationToken) =>
        ActAsync(id, cancellationToken, async () =>
        {
            if (!Roles.All.Contains(role) || (IsSelf && role != Roles.Admin))
            {
                return localizer["This role cannot be given here."];
            }

            await administration.ChangeRoleAsync(Account, role, cancellationToken);
            return localizer["Role changed. The user's open sessions have ended."];
        });

    public async Task<IActionResult> OnPostNameAsync(Guid id, string? name, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is > 0 and <= 200)
        {
            return await ActAsync(id, cancellationToken, async () =>
            {
                await administration.RenameAsync(Account, trimmed, cancellationToken);
                return localizer["Name saved."];
            });
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddModelError("name", localizer["Enter the name colleagues know this user by, in at most 200 characters."]);
        return Page();
    }

    public Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, cancellationToken, async () =>
        {
            if (IsSelf)
            {
                return localizer["You cannot disable your own account."];
            }

            await administration.SetDisabledAsync(Account, true, cancellationToken);
            return localizer["Account disabled. Its open sessions have ended."];
        });

    public Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, cancellationToken, async () =>
        {
            await administration.SetDisabledAsync(Account, false, cancellationToken);
            return localizer["Account enabled."];
        });

    public Task<IActionResult> OnPostRequirePasswordChangeAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, cancellationToken, async () =>
        {
            await administration.RequirePasswordChangeAsync(Account, cancellationToken);
            return localizer["The user must choose a new password when they next sign in. Their open sessions have ended."];
        });

    public Task<IActionResult> OnPostResetTwoFactorAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, cancellationToken, async () =>
        {
            await administration.ResetTwoFactorAsync(Account, cancellationToken);
            return localizer["Two-factor sign-in reset. The user sets it up again at their next sign-in if it is required."];
        });

    public Task<IActionResult> OnPostLinkAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, cancellationToken, async () =>
        {
            NewLink = PasswordLink.For(Url, Request, Account.Id, await administration.IssuePasswordLinkTokenAsync(Account, cancellationToken));
            return null;
        });

    public Task<IActionResult> OnPostCasesAsync(Guid id, Guid[] assigned, CancellationToken cancellationToken) =>
        ActAsync(id, cancellationToken, async () =>
        {
            var restricted = await db.Cases.Where(c => c.Sensitivity == Sensitivity.Restricted).ToListAsync(cancellationToken);
            foreach (var file in restricted)
            {
                if (assigned.Contains(file.Id))
                {
                    file.Assign(Account.Id);
                }
                else
                {
                    file.Unassign(Account.Id);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            return localizer["Restricted cases saved."];
        });

    private async Task<IActionResult> ActAsync(Guid id, CancellationToken cancellationToken, Func<Task<string?>> action)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        StatusMessage = await action();
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } account)
        {
            return false;
        }

        Account = account;
        Role = (await users.GetRolesAsync(account)).FirstOrDefault() ?? "";
        RestrictedCases = (await db.Cases.AsNoTracking().Where(c => c.Sensitivity == Sensitivity.Restricted).OrderBy(c => c.Reference)
                .Select(c => new { c.Id, c.Reference, c.Title, Assigned = c.Assignments.Any(a => a.UserId == id) }).ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.Reference, c.Title, c.Assigned)).ToList();
        return true;
    }
}
