using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages;

/// <summary>The signed-in home page. Case lists and overdue complaints arrive with the case-file pages.</summary>
public class IndexModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Email { get; private set; } = "";

    public string RoleNames { get; private set; } = "";

    public void OnGet()
    {
        Email = User.Identity?.Name ?? "";
        var roles = Roles.All.Where(User.IsInRole).Select(role => localizer[role].Value);
        RoleNames = string.Join(", ", roles);
    }
}
