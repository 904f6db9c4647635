using Microsoft.AspNetCore.Identity;

namespace CaseTracker.Web.Security;

/// <summary>A person who may sign in. Accounts are created by admins only; there is no self-registration.</summary>
public class ApplicationUser : IdentityUser<Guid>
{
}
