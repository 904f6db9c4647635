using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseTracker.Web.Pages.Users;

/// <summary>Every account with its name, role and state, for admins.</summary>
[Authorize(Policy = Policies.ManageUsers)]
public class IndexModel(CaseTrackerDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string? Name, string Email, string Role, bool Disabled, bool LockedOut, bool MustChangePassword, bool TwoFactor, bool HasPassword);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var roleOf = roles.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(r => r.Name)));
        Rows = (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName ?? u.Email).ThenBy(u => u.Email).ToListAsync(cancellationToken))
            .Select(u => new Row(u.Id, u.DisplayName, u.Email ?? "", roleOf.GetValueOrDefault(u.Id, ""), u.IsDisabled, u.LockoutEnd > now, u.MustChangePassword, u.TwoFactorEnabled, u.PasswordHash is not null))
            .ToList();
    }
}
