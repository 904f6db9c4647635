using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Web.Pages.Account;

/// <summary>Where a signed-in user lands when a page needs a capability their role lacks.</summary>
public class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
